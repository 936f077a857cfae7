import type { RunDocument } from "../../harness/model/runDocument.ts";

export type RunVerdict = "PASS" | "FAIL" | "INCOMPLETE";

/** The run in one word: FAIL when a case failed, INCOMPLETE when cases did not run or could not reach the target. */
export function runVerdict(run: RunDocument): RunVerdict {
  if (run.summary.fail > 0) return "FAIL";
  if (!run.run.complete || run.summary.unreachable > 0) return "INCOMPLETE";
  return "PASS";
}
