/** p50, p95 and max of a list of durations in milliseconds (nearest-rank), rounded to 0.1 ms. */
export function latency(durations: readonly number[]): { p50: number; p95: number; max: number } {
  if (durations.length === 0) return { p50: 0, p95: 0, max: 0 };
  const sorted = [...durations].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { p50: round(rank(0.5)), p95: round(rank(0.95)), max: round(sorted.at(-1) ?? 0) };
}
