export type RunDocumentReadProblem = "unreadable" | "not-json" | "other-version" | "schema-mismatch";

/** A report.json the diff or matrix command cannot use: names the file and the problem in one line. */
export class RunDocumentReadError extends Error {
  override readonly name = "RunDocumentReadError";
  constructor(
    readonly path: string,
    readonly problem: RunDocumentReadProblem,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot read run document ${path}: ${detail}`, options);
  }
}
