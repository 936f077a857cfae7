/** A report could not be written: names the file (or directory) and the cause in one line. */
export class ReportWriteError extends Error {
  override readonly name = "ReportWriteError";
  constructor(
    readonly path: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot write ${path}: ${reason}`, options);
  }
}
