import { textTable } from "../reports/text/textTable.ts";
import type { BenchFigure } from "./benchFigure.ts";
import { formatBaseline, formatMet, formatValue } from "./formatFigure.ts";

/** The figures as a plain-text table: value, baseline, ratio, goal and whether it is met. */
export function renderBenchTable(figures: readonly BenchFigure[]): string {
  const rows = figures.map((figure) => [
    figure.value !== null && figure.note ? `${figure.name} (${figure.note})` : figure.name,
    formatValue(figure),
    formatBaseline(figure),
    figure.ratio === undefined ? "" : figure.ratio.toFixed(2),
    figure.goal,
    formatMet(figure),
  ]);
  return textTable(["measurement", "value", "baseline", "ratio", "goal", ""], rows, [1, 3]);
}
