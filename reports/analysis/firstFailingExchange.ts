import type { CaseResult, RecordedExchange } from "../../harness/model/runDocument.ts";

/**
 * The exchange to reproduce: the last failing one, which after fast-check's shrinking is the shrunk
 * counterexample (the recorder always keeps it); otherwise the first one recorded.
 */
export function firstFailingExchange(result: CaseResult): RecordedExchange | undefined {
  return result.exchanges.findLast((e) => e.verdicts.some((v) => v.outcome === "fail")) ?? result.exchanges[0];
}
