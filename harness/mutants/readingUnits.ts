import type { Check } from "../model/check.ts";
import type { FalseAlarm } from "./mutationScore.ts";
import type { PreparedCase } from "./preparedCase.ts";
import type { ReadingRun } from "./readingRuns.ts";
import { readingSessions } from "./readingSessions.ts";
import { replayReadingCase } from "./replayReading.ts";

/** As many cases at once as `run` sends by default. */
const CASE_CONCURRENCY = 4;

/** One case replayed under one reading run: the unit of work the threads claim after the faults. */
export interface ReadingCaseResult {
  run: number;
  caseIndex: number;
  falseAlarm?: FalseAlarm;
  /** When the unit started and ended, in ms since the epoch (comparable across threads). */
  startedAt: number;
  endedAt: number;
}

/** Now, in ms since the epoch with performance.now()'s resolution. */
const epochNow = () => performance.timeOrigin + performance.now();

/**
 * Replays the (reading run, case) units `claim` hands out, unit `run * cases.length + caseIndex`, a few cases at
 * once: claims this small let threads sharing them end within one case of each other, instead of one reading run.
 */
export async function replayReadingUnits(
  cases: readonly PreparedCase[],
  runs: readonly ReadingRun[],
  claim: () => number | undefined,
  checks: readonly (readonly [string, Check])[],
  onResult: (result: ReadingCaseResult) => void,
): Promise<void> {
  const sessions = readingSessions((run) => (runs[run] as ReadingRun).readings);
  const lane = async () => {
    for (let unit = claim(); unit !== undefined; unit = claim()) {
      const run = Math.floor(unit / cases.length);
      const caseIndex = unit % cases.length;
      const startedAt = epochNow();
      const session = await sessions.borrow(run);
      try {
        const failure = await replayReadingCase(session, cases[caseIndex] as PreparedCase, checks);
        const falseAlarm = failure && { caseId: failure.caseId, reason: failure.reason };
        onResult({ run, caseIndex, ...(falseAlarm ? { falseAlarm } : {}), startedAt, endedAt: epochNow() });
      } finally {
        await sessions.release(run);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: CASE_CONCURRENCY }, lane));
  } finally {
    await sessions.closeAll();
  }
}
