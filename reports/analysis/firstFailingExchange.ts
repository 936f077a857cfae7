import type { CaseResult, RecordedExchange } from "../../harness/model/runDocument.ts";

/** The exchange whose verdicts failed first, the one to reproduce; otherwise the first one recorded. */
export function firstFailingExchange(result: CaseResult): RecordedExchange | undefined {
  return result.exchanges.find((e) => e.verdicts.some((v) => v.outcome === "fail")) ?? result.exchanges[0];
}
