import { selectChecks } from "../checks/registry.ts";
import { killOrder } from "./killOrder.ts";
import { LIKELY_KILLERS } from "./likelyKillers.ts";
import type { MutantResult } from "./mutationScore.ts";
import type { PreparedCase } from "./preparedCase.ts";
import type { ReadingRun } from "./readingRuns.ts";
import { type ReadingCaseResult, replayReadingUnits } from "./readingUnits.ts";
import { replayFault } from "./replayFault.ts";

/** The emulator runs of a mutation score: one per fault, then the faithful one under each reading run. */
export interface ScoreJobs {
  readingRuns: readonly ReadingRun[];
  /**
   * The (reading run, case) unit to replay next, as `run * cases.length + caseIndex`, or undefined when none is
   * left (threads may share the claims).
   */
  claimReadingCase: () => number | undefined;
  faults: readonly { id: string; description: string }[];
}

export interface ScoreJobListener {
  onReadingCase: (result: ReadingCaseResult) => void;
  onMutant: (result: MutantResult, index: number) => void;
}

const elapsedSince = (started: number) => Math.round(performance.now() - started);

/**
 * Replays the prepared cases against every job's emulator, with every check `run` applies. Each fault's run
 * stops at its first failing instance; its likely killer is tried first, then the cases that killed the most
 * faults so far. The faults go first, in the order given (so the kills, hence the order, are the same on every
 * run); the reading runs come last, claimed a case at a time, so that threads sharing the claims end together.
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
    const killer = await replayFault(cases, fault.id, killOrder(cases, kills, LIKELY_KILLERS[fault.id]), checks);
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
  await replayReadingUnits(cases, jobs.readingRuns, jobs.claimReadingCase, checks, listener.onReadingCase);
}
