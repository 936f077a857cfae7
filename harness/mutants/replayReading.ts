import type { Check } from "../model/check.ts";
import type { EmulatorSession } from "./againstEmulator.ts";
import { appliesTo, type CaseFailure, instanceFailure } from "./instanceFailure.ts";
import type { PreparedCase } from "./preparedCase.ts";

/**
 * Sends every instance of one case to the faithful emulator of a reading run; the case's first failing instance
 * is a false alarm (so is a generator error or an unreachable emulator).
 */
export async function replayReadingCase(
  session: EmulatorSession,
  prepared: PreparedCase,
  checks: readonly (readonly [string, Check])[],
): Promise<CaseFailure | undefined> {
  const { caseDef } = prepared;
  if (prepared.generatorError) return { caseId: caseDef.id, specRef: caseDef.specRef, reason: prepared.generatorError };
  if (!appliesTo(session, prepared)) return undefined;
  for (let index = 0; index < prepared.instances.length; index++) {
    const failure = await instanceFailure(session, prepared, index, checks);
    if (failure) return failure;
  }
  return undefined;
}
