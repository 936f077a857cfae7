/** One measured figure of `npm run bench`; a ratio is always against a baseline measured in the same run. */
export interface BenchFigure {
  name: string;
  /** Null when the figure could not be measured here; `note` then says why. */
  value: number | null;
  unit: string;
  baseline?: { name: string; value: number };
  /** value / baseline.value. */
  ratio?: number;
  /** The goal in words ("under 10 s", "ratio >= 0.7"), or "none" for an informational figure. */
  goal: string;
  met: boolean;
  /** Why the figure is missing or partial ("not measured: aws not on PATH", "killed after 300 s"). */
  note?: string;
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

/** A figure whose goal is an upper bound on its own value; the baseline, if any, is shown beside it. */
export function underFigure(
  name: string,
  measured: { value: number; unit: string },
  limit: number | undefined,
  baseline?: { name: string; value: number },
): BenchFigure {
  const ratio = baseline && baseline.value > 0 ? { baseline, ratio: measured.value / baseline.value } : {};
  if (limit === undefined) return { name, ...measured, ...ratio, goal: "none", met: true };
  return { name, ...measured, ...ratio, goal: `under ${limit} ${measured.unit}`, met: measured.value < limit };
}
