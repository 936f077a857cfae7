import { selectChecks } from "../checks/registry.ts";
import { killOrder } from "./killOrder.ts";
import type { FalseAlarm, MutantResult, ReadingResult } from "./mutationScore.ts";
import type { PreparedCase } from "./preparedCase.ts";
import type { ReadingRun } from "./readingRuns.ts";
import { replayFault } from "./replayFault.ts";
import { replayReading } from "./replayReading.ts";

/** The emulator runs of a mutation score: one per fault, then the faithful one under each reading run it claims. */
export interface ScoreJobs {
  readingRuns: readonly ReadingRun[];
  /** The position in `readingRuns` to replay next, or undefined when none is left (threads may share the claims). */
  claimReading: () => number | undefined;
  faults: readonly { id: string; description: string }[];
}

export interface ScoreJobListener {
  onReading: (result: ReadingResult, index: number) => void;
  onMutant: (result: MutantResult, index: number) => void;
}

const elapsedSince = (started: number) => Math.round(performance.now() - started);

/**
 * Replays the prepared cases against every job's emulator, with every check `run` applies. Each fault's run
 * stops at its first failing instance; the cases that killed the most faults so far are tried first. The faults
 * go first, in the order given (so the kills, hence the order, are the same on every run); the reading runs
 * come last, claimed one at a time, so that threads sharing the claims end together.
 */
export async function runScoreJobs(
  cases: readonly PreparedCase[],
  jobs: ScoreJobs,
  listener: ScoreJobListener,
): Promise<void> {
  const checks = selectChecks();
  const kills = new Map<string, number>();
  for (const [index, fault] of jobs.faults.entries()) {
    const started = performance.now();
    const killer = await replayFault(cases, fault.id, killOrder(cases, kills), checks);
    if (killer) kills.set(killer.caseId, (kills.get(killer.caseId) ?? 0) + 1);
    listener.onMutant(
      {
        fault: fault.id,
        description: fault.description,
        killed: killer !== undefined,
        ...(killer ? { killedBy: { caseId: killer.caseId, specRef: killer.specRef, reason: killer.reason } } : {}),
        durationMs: elapsedSince(started),
      },
      index,
    );
  }
  for (let index = jobs.claimReading(); index !== undefined; index = jobs.claimReading()) {
    const run = jobs.readingRuns[index] as ReadingRun;
    const started = performance.now();
    const alarms = await replayReading(cases, run.readings, checks);
    const falseAlarms: FalseAlarm[] = alarms.map(({ caseId, reason }) => ({ caseId, reason }));
    listener.onReading({ ...run, falseAlarms, durationMs: elapsedSince(started) }, index);
  }
}
