import { textTable } from "../reports/text/textTable.ts";
import type { BenchFigure } from "./benchFigure.ts";

function number(value: number): string {
  return value >= 100 ? Math.round(value).toString() : value.toFixed(value >= 10 ? 1 : 2);
}

/** The figures as a plain-text table: value, baseline, ratio, goal and whether it is met. */
export function renderBenchTable(figures: readonly BenchFigure[]): string {
  const rows = figures.map((figure) => [
    figure.name,
    `${number(figure.value)} ${figure.unit}`,
    figure.baseline ? `${number(figure.baseline.value)} ${figure.unit} (${figure.baseline.name})` : "",
    figure.ratio === undefined ? "" : figure.ratio.toFixed(2),
    figure.goal,
    figure.goal === "none" ? "" : figure.met ? "met" : "NOT met",
  ]);
  return textTable(["measurement", "value", "baseline", "ratio", "goal", ""], rows, [1, 3]);
}
