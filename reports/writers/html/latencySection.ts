import type { CaseResult } from "../../../harness/model/runDocument.ts";
import { categoryLatency } from "../../analysis/categoryLatency.ts";
import { esc, table } from "./markup.ts";

const ms = (value: number): string => esc(`${value.toFixed(1)} ms`);

/** Latency per category, from the cases' own percentiles (see categoryLatency for what that means). */
export function latencySection(cases: readonly CaseResult[]): string {
  const rows = categoryLatency(cases).map((l) => [esc(l.category), esc(l.cases), ms(l.p50), ms(l.p95), ms(l.max)]);
  if (rows.length === 0) return "";
  return [
    "<h2>Latency</h2>",
    "<p>Per category: the median of the cases' p50, the p95 of their p95, the largest max.</p>",
    table(["category", "cases", "p50", "p95", "max"], rows, [1, 2, 3, 4]),
  ].join("\n");
}
