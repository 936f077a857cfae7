import type { FalseAlarm, ReadingResult } from "./mutationScore.ts";
import type { ReadingRun } from "./readingRuns.ts";
import type { ReadingCaseResult } from "./readingUnits.ts";

interface Pending {
  left: number;
  alarms: (FalseAlarm | undefined)[];
  startedAt: number;
  endedAt: number;
}

/**
 * Gathers the per-case results of the reading runs, from whichever thread replayed them, and hands on each run's
 * result once its last case is in: the false alarms in catalogue order, the time from its first case's start to
 * its last case's end. A run over no cases is complete at once.
 */
export function readingAssembly(
  runs: readonly ReadingRun[],
  caseCount: number,
  onReading: (result: ReadingResult, index: number) => void,
): (result: ReadingCaseResult) => void {
  const pending: Pending[] = runs.map(() => ({
    left: caseCount,
    alarms: new Array(caseCount),
    startedAt: Number.POSITIVE_INFINITY,
    endedAt: Number.NEGATIVE_INFINITY,
  }));
  const complete = (index: number, { alarms, startedAt, endedAt }: Pending) =>
    onReading(
      {
        ...(runs[index] as ReadingRun),
        falseAlarms: alarms.filter((alarm): alarm is FalseAlarm => alarm !== undefined),
        durationMs: endedAt > startedAt ? Math.round(endedAt - startedAt) : 0,
      },
      index,
    );
  if (caseCount === 0) for (const [index, run] of pending.entries()) complete(index, run);
  return (result) => {
    const run = pending[result.run];
    if (run === undefined || run.left === 0) throw new Error(`reading run ${result.run} got more cases than it has`);
    run.alarms[result.caseIndex] = result.falseAlarm;
    run.startedAt = Math.min(run.startedAt, result.startedAt);
    run.endedAt = Math.max(run.endedAt, result.endedAt);
    run.left--;
    if (run.left === 0) complete(result.run, run);
  };
}
