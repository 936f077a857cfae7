import type { ReadingChoice } from "../emulator/readings/applyReadings.ts";
import type { Check } from "../model/check.ts";
import { againstEmulator } from "./againstEmulator.ts";
import { appliesTo, type CaseFailure, instanceFailure } from "./instanceFailure.ts";
import { pooled } from "./pooled.ts";
import type { PreparedCase } from "./preparedCase.ts";

/** As many cases at once as `run` sends by default. */
const CASE_CONCURRENCY = 4;

/**
 * Sends every instance of every case to the faithful emulator under `readings`; a case's first failing instance
 * is a false alarm (so is a generator error or an unreachable emulator). Returns them in catalogue order.
 */
export async function replayReading(
  cases: readonly PreparedCase[],
  readings: ReadingChoice,
  checks: readonly (readonly [string, Check])[],
): Promise<CaseFailure[]> {
  return againstEmulator({ readings }, async (session) => {
    const alarms = await pooled(cases, CASE_CONCURRENCY, async (prepared): Promise<CaseFailure | undefined> => {
      const { caseDef } = prepared;
      if (prepared.generatorError)
        return { caseId: caseDef.id, specRef: caseDef.specRef, reason: prepared.generatorError };
      if (!appliesTo(session, prepared)) return undefined;
      for (let index = 0; index < prepared.instances.length; index++) {
        const failure = await instanceFailure(session, prepared, index, checks);
        if (failure) return failure;
      }
      return undefined;
    });
    return alarms.filter((alarm): alarm is CaseFailure => alarm !== undefined);
  });
}
