export type Outcome = "pass" | "fail" | "observed" | "skipped";

/** The result of one check on one exchange: data first; the message is built from the fields. */
export interface Verdict {
  check: string;
  outcome: Outcome;
  /** What the check wanted, e.g. "DuplicatedAuditEventId or ValidationException". */
  expected?: string;
  /** What it got, e.g. "ValidationException (400)". */
  actual?: string;
  /** JSON pointer into the response (or request) the verdict is about. */
  path?: string;
  reason: string;
}
