import type { Check } from "../model/check.ts";
import { againstEmulator } from "./againstEmulator.ts";
import { appliesTo, type CaseFailure, instanceFailure } from "./instanceFailure.ts";
import type { InstanceRef } from "./killOrder.ts";
import type { PreparedCase } from "./preparedCase.ts";

/** Instances in flight at once; the kill is still the first failing one in `order`, whatever finishes first. */
const WINDOW = 4;

/**
 * Sends instances in `order` to an emulator with the one fault until one fails (the kill); undefined when every
 * instance passes (the fault survived). An unreachable emulator is no kill.
 */
export async function replayFault(
  cases: readonly PreparedCase[],
  fault: string,
  order: readonly InstanceRef[],
  checks: readonly (readonly [string, Check])[],
): Promise<CaseFailure | undefined> {
  return againstEmulator({ faults: [fault] }, async (session) => {
    let next = 0;
    let first: { position: number; failure: CaseFailure } | undefined;
    const worker = async () => {
      // Positions before a failure all started before it was found, so the earliest failure is always seen.
      while (next < order.length && (first === undefined || next < first.position)) {
        const position = next++;
        const ref = order[position] as InstanceRef;
        const prepared = cases[ref.caseIndex] as PreparedCase;
        if (!appliesTo(session, prepared)) continue;
        const failure = await instanceFailure(session, prepared, ref.instanceIndex, checks);
        if (failure && !failure.unreachable && (first === undefined || position < first.position))
          first = { position, failure };
      }
    };
    await Promise.all(Array.from({ length: WINDOW }, worker));
    return first?.failure;
  });
}
