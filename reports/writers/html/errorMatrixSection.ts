import type { CaseResult } from "../../../harness/model/runDocument.ts";
import { type ErrorMatrixCell, errorMatrix } from "../../analysis/errorMatrix.ts";
import { esc, table } from "./markup.ts";

function cell(value: ErrorMatrixCell | undefined): string {
  if (value === undefined) return '<td class="n"></td>';
  const { acceptable, unacceptable } = value;
  const cls = unacceptable === 0 ? "ok" : acceptable === 0 ? "bad" : "mixed";
  const parts = [...(acceptable > 0 ? [`${acceptable} ✔`] : []), ...(unacceptable > 0 ? [`${unacceptable} ✘`] : [])];
  const title = `${acceptable} acceptable, ${unacceptable} not acceptable for the cases that got them`;
  return `<td class="n ${cls}" title="${esc(title)}">${esc(parts.join(" / "))}</td>`;
}

/** Rows: categories; columns: what came back; cells: how often, ✔ where the case accepts it, ✘ where not. */
export function errorMatrixSection(cases: readonly CaseResult[]): string {
  const matrix = errorMatrix(cases);
  if (matrix.answers.length === 0) return "<h2>Error matrix</h2>\n<p>No answers were recorded.</p>";
  const rows = matrix.rows.map((row) => [esc(row.category), ...matrix.answers.map((a) => cell(row.cells[a]))]);
  return [
    "<h2>Error matrix</h2>",
    "<p>What came back, per category: ✔ counts answers the case accepts, ✘ counts answers it does not.</p>",
    table(["category", ...matrix.answers], rows),
  ].join("\n");
}
