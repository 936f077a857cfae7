import type { Category } from "../../harness/model/caseDefinition.ts";
import type { CaseResult } from "../../harness/model/runDocument.ts";
import { groupByCategory } from "./groupByCategory.ts";
import { percentile } from "./percentile.ts";

export interface CategoryLatency {
  category: Category;
  cases: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Latency per category from the cases that sent something. The run document keeps per-case percentiles, not
 * every duration, so a category's p50 is the median of its cases' p50s and its p95 the p95 of their p95s:
 * a summary of cases, not a true percentile of all requests; max is exact.
 */
export function categoryLatency(cases: readonly CaseResult[]): CategoryLatency[] {
  const sent = cases.filter(
    (c) => c.runs > 0 && c.outcome !== "skipped" && c.outcome !== "not-applicable" && c.outcome !== "unreachable",
  );
  return groupByCategory(sent).map(({ category, items }) => ({
    category,
    cases: items.length,
    p50: percentile(
      items.map((c) => c.latencyMs.p50),
      50,
    ),
    p95: percentile(
      items.map((c) => c.latencyMs.p95),
      95,
    ),
    max: Math.max(...items.map((c) => c.latencyMs.max)),
  }));
}
