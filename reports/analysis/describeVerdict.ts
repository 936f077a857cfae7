import type { Verdict } from "../../harness/model/verdict.ts";

/** One line for a verdict: the check, its message, and where, e.g. `statusIsDocumented: received ... (at /x)`. */
export function describeVerdict(verdict: Verdict): string {
  const where = verdict.path === undefined || verdict.path === "" ? "" : ` (at ${verdict.path})`;
  return `${verdict.check}: ${verdict.reason}${where}`;
}
