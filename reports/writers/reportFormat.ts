import { REPORT_FORMATS, type ReportFormat } from "./writers.ts";

/** A --format name nobody knows: a user mistake with a one-line message. */
export class UnknownReportFormatError extends Error {
  override readonly name = "UnknownReportFormatError";
  constructor(readonly format: string) {
    super(`unknown report format "${format}"; known formats: ${REPORT_FORMATS.join(", ")}`);
  }
}

/** The format a user named, or a typed error listing the known ones. */
export function reportFormat(name: string): ReportFormat {
  const found = REPORT_FORMATS.find((format) => format === name);
  if (found === undefined) throw new UnknownReportFormatError(name);
  return found;
}
