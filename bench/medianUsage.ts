import type { ProcessUsage } from "./measureProcess.ts";
import { median } from "./median.ts";

/**
 * One figure set from repeated runs of a command: the first run that failed or was killed, if any (its failure
 * is the news); otherwise the median wall and CPU time and the largest peak RSS of the runs.
 */
export function medianUsage(runs: readonly ProcessUsage[]): ProcessUsage {
  const failed = runs.find((run) => run.timedOut || run.exitCode !== 0);
  if (failed !== undefined) return failed;
  return {
    wallMs: median(runs.map((run) => run.wallMs)),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)),
    exitCode: 0,
    timedOut: false,
  };
}
