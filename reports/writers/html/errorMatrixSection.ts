import type { CaseResult } from "../../../harness/model/runDocument.ts";
import { type ErrorMatrixCell, errorMatrix } from "../../analysis/errorMatrix.ts";
import { groupByCategory } from "../../analysis/groupByCategory.ts";
import { perEventCodes } from "../../analysis/perEventCodes.ts";
import { esc, table } from "./markup.ts";

/** `InvalidData ×50, FieldNotFound ×2`: the per-event codes of a category's 200 answers. */
function codesOf(cases: readonly CaseResult[]): string {
  const counts: Record<string, number> = {};
  for (const c of cases)
    for (const [code, n] of Object.entries(perEventCodes(c.exchanges))) counts[code] = (counts[code] ?? 0) + n;
  return Object.entries(counts)
    .map(([code, n]) => `${code} ×${n}`)
    .join(", ");
}

function cell(value: ErrorMatrixCell | undefined, codes: string): string {
  if (value === undefined) return '<td class="n"></td>';
  const { acceptable, unacceptable } = value;
  const cls = unacceptable === 0 ? "ok" : acceptable === 0 ? "bad" : "mixed";
  const parts = [...(acceptable > 0 ? [`${acceptable} ✔`] : []), ...(unacceptable > 0 ? [`${unacceptable} ✘`] : [])];
  const title = `${acceptable} acceptable, ${unacceptable} not acceptable for the cases that got them`;
  const detail = codes === "" ? "" : `<br><small>200 · ${esc(codes)}</small>`;
  return `<td class="n ${cls}" title="${esc(title)}">${esc(parts.join(" / "))}${detail}</td>`;
}

/**
 * Rows: categories; columns: what came back; cells: how often, ✔ where the case accepts it, ✘ where not. A 200
 * shows the per-event codes that made it acceptable. The table scrolls inside its box on a narrow window.
 */
export function errorMatrixSection(cases: readonly CaseResult[]): string {
  const matrix = errorMatrix(cases);
  if (matrix.answers.length === 0) return '<h2 id="error-matrix">Error matrix</h2>\n<p>No answers were recorded.</p>';
  const byCategory = new Map(groupByCategory(cases).map(({ category, items }) => [category, items]));
  const rows = matrix.rows.map((row) => [
    esc(row.category),
    ...matrix.answers.map((a) => cell(row.cells[a], a === "200" ? codesOf(byCategory.get(row.category) ?? []) : "")),
  ]);
  return [
    '<h2 id="error-matrix">Error matrix</h2>',
    "<p>What came back, per category: ✔ counts answers the case accepts, ✘ counts answers it does not.</p>",
    `<div class="scroll">${table(["category", ...matrix.answers], rows)}</div>`,
  ].join("\n");
}
