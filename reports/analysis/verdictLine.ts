import type { RunDocument } from "../../harness/model/runDocument.ts";

/**
 * The run in one line, e.g. `✅ 42 passed, 3 observed, 0 failed`: ❌ when anything failed, ⚠️ when nothing
 * failed but the run did not complete (a green mark would hide the cases that never ran).
 */
export function verdictLine(run: RunDocument): string {
  const { summary } = run;
  const mark = summary.fail > 0 ? "❌" : run.run.complete && summary.unreachable === 0 ? "✅" : "⚠️";
  const counts = `${summary.pass} passed, ${summary.observed} observed, ${summary.fail} failed`;
  const unsent = summary.skipped + summary["not-applicable"];
  const rest = unsent === 0 ? "" : `, ${summary.skipped} skipped, ${summary["not-applicable"]} not applicable`;
  const lost = summary.unreachable === 0 ? "" : `, ${summary.unreachable} unreachable`;
  return `${mark} ${counts}${rest}${lost}${run.run.complete ? "" : " (INCOMPLETE)"}`;
}
