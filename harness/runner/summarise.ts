import { CATEGORIES } from "../model/caseDefinition.ts";
import type { CaseResult, OutcomeCounts, RunDocument } from "../model/runDocument.ts";

export type RunSummary = RunDocument["summary"];

/** Zero counts, the start of every tally. */
export function emptyCounts(): OutcomeCounts {
  return { total: 0, pass: 0, fail: 0, observed: 0, skipped: 0, "not-applicable": 0, unreachable: 0 };
}

/**
 * The summary of a run from its cases. `byCategory` lists only the categories that have cases, in catalogue
 * order, so a run restricted with --only does not report empty categories. Exchanges and duration are passed
 * in because recorded exchanges are capped and cases may run in parallel: neither can be recounted here.
 */
export function summarise(cases: readonly CaseResult[], durationMs: number, exchanges: number): RunSummary {
  const totals = emptyCounts();
  const byCategory: Record<string, OutcomeCounts> = {};
  for (const category of CATEGORIES) {
    const inCategory = cases.filter((c) => c.category === category);
    if (inCategory.length === 0) continue;
    const counts = emptyCounts();
    for (const c of inCategory) {
      counts.total += 1;
      counts[c.outcome] += 1;
      totals.total += 1;
      totals[c.outcome] += 1;
    }
    byCategory[category] = counts;
  }
  return { ...totals, byCategory, exchanges, durationMs };
}
