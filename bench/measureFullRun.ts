import type { BenchFigure } from "./benchFigure.ts";
import { firstJsonLine, spawnBenchChild } from "./childProcess.ts";

interface FullRun {
  wallMs: number;
  maxRssBytes: number;
  total: number;
  pass: number;
  observed: number;
  fail: number;
}

const GOAL_MS = 10_000;
const GOAL_BYTES = 400 * 1024 * 1024;

/** The whole default run in a child process: its wall time and its peak resident memory. */
export async function measureFullRun(): Promise<BenchFigure[]> {
  const child = spawnBenchChild("fullRunChild.ts");
  child.stdin?.end();
  const run = await firstJsonLine<FullRun>(child);
  await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(undefined)));
  const cases = `${run.total} cases: ${run.pass} pass, ${run.observed} observed, ${run.fail} fail`;
  return [
    {
      name: `default run, wall time (${cases})`,
      value: run.wallMs / 1000,
      unit: "s",
      goal: `under ${GOAL_MS / 1000} s`,
      met: run.wallMs < GOAL_MS,
    },
    {
      name: "default run, peak RSS",
      value: run.maxRssBytes / (1024 * 1024),
      unit: "MB",
      goal: `under ${GOAL_BYTES / (1024 * 1024)} MB`,
      met: run.maxRssBytes < GOAL_BYTES,
    },
  ];
}
