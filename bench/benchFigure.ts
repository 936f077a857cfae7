/** One measured figure of `npm run bench`; a ratio is always against a baseline measured in the same run. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** value / baseline.value. */
  ratio?: number;
  /** The goal in words ("under 10 s", "ratio >= 0.7"), or "none" for an informational figure. */
  goal: string;
  met: boolean;
}

/** A figure compared with its baseline: the goal is a minimum ratio (by default value / baseline). */
export function ratioFigure(
  name: string,
  measured: { value: number; unit: string },
  baseline: { name: string; value: number },
  minRatio: number,
  ratio = baseline.value > 0 ? measured.value / baseline.value : 0,
): BenchFigure {
  return { name, ...measured, baseline, ratio, goal: `ratio >= ${minRatio}`, met: ratio >= minRatio };
}
