import type { BenchFigure } from "./benchFigure.ts";

/** A number as the tables print it: three significant digits at most, thousands unseparated. */
export function formatNumber(value: number): string {
  return value >= 100 ? Math.round(value).toString() : value.toFixed(value >= 10 ? 1 : 2);
}

/** The figure's value with its unit, or the note saying why there is none. */
export function formatValue(figure: BenchFigure): string {
  return figure.value === null ? (figure.note ?? "not measured") : `${formatNumber(figure.value)} ${figure.unit}`;
}

/** "met", "NOT met", or "" for an informational figure. */
export function formatMet(figure: BenchFigure): string {
  return figure.goal === "none" ? "" : figure.met ? "met" : "NOT met";
}

/** The baseline as "value unit (name)", or "". */
export function formatBaseline(figure: BenchFigure): string {
  return figure.baseline ? `${formatNumber(figure.baseline.value)} ${figure.unit} (${figure.baseline.name})` : "";
}
