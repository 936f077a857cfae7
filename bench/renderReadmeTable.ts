import { markdownCell, markdownTable } from "../reports/text/markdownTable.ts";
import type { BenchDocument } from "./benchDocument.ts";
import { formatBaseline, formatMet, formatValue } from "./formatFigure.ts";

/** The README's performance section body: where and when it was measured, then one row per figure. */
export function renderReadmeTable(doc: BenchDocument): string {
  const rows = doc.figures.map((figure) => [
    markdownCell(figure.value !== null && figure.note ? `${figure.name} (${figure.note})` : figure.name),
    markdownCell(formatValue(figure)),
    markdownCell(formatBaseline(figure)),
    figure.ratio === undefined ? "" : figure.ratio.toFixed(2),
    markdownCell(figure.goal === "none" ? "" : `${figure.goal}: ${formatMet(figure)}`),
  ]);
  const load = doc.loadAverage.map((value) => value.toFixed(1)).join(", ");
  const header = `Measured ${doc.measuredAt.slice(0, 10)} with Node ${doc.node} on ${doc.cpus} CPUs, load average ${load}.`;
  const table = markdownTable(["measurement", "value", "baseline in the same run", "ratio", "goal"], rows, [1, 3]);
  return `${header}\n\n${table}`;
}
