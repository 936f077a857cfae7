import type { Check } from "../model/check.ts";
import { failureReason, judgeInstance } from "../runner/judgeInstance.ts";
import type { EmulatorSession } from "./againstEmulator.ts";
import type { PreparedCase } from "./preparedCase.ts";

/** Why one instance failed: the case, the rule it enforces, the first failing check's reason. */
export interface CaseFailure {
  caseId: string;
  specRef: string;
  reason: string;
  /** The target could not be reached: no verdict, so never a kill. */
  unreachable?: true;
}

/** Sends instance `index` of a prepared case to the session's emulator and judges it with the run's checks. */
export async function instanceFailure(
  session: EmulatorSession,
  prepared: PreparedCase,
  index: number,
  checks: readonly (readonly [string, Check])[],
): Promise<CaseFailure | undefined> {
  const { caseDef } = prepared;
  const judgement = await judgeInstance({
    caseDef,
    instance: prepared.instances[index] as PreparedCase["instances"][number],
    request: prepared.wire[index] as PreparedCase["wire"][number],
    ...session,
    checks,
  });
  const where = { caseId: caseDef.id, specRef: caseDef.specRef };
  if (judgement.gone)
    return {
      ...where,
      reason: `the target went away: ${judgement.gone.kind} (${judgement.gone.message})`,
      unreachable: true,
    };
  const failure = judgement.failures[0];
  return failure ? { ...where, reason: failureReason(failure) } : undefined;
}

/** True when the session's target has every fixture the case needs (else `run` reports it not applicable). */
export const appliesTo = (session: EmulatorSession, prepared: PreparedCase) =>
  prepared.caseDef.needs.every((fixture) => session.target.fixtures[fixture] !== undefined);
