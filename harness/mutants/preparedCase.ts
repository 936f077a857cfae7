import fc from "fast-check";
import { withRequestTransport } from "../generators/requestTransport.ts";
import type { CaseContext, CaseDefinition } from "../model/caseDefinition.ts";
import type { CaseInstance, CaseRequest } from "../model/caseRequest.ts";
import { caseSeed } from "../runner/caseSeed.ts";
import { encodeBody } from "../sender/encodeBody.ts";

/** One case's instances, drawn once and replayed against every emulator of the mutation score. */
export interface PreparedCase {
  caseDef: CaseDefinition;
  /** Exactly the values `run` draws for this case with the same seed and runs, in the same order. */
  instances: CaseInstance[];
  /** Each instance's wire request: the same bytes, its JSON body serialised once instead of once per send. */
  wire: CaseRequest[];
  /** Why the case's generator could not draw them (then it fails under every reading, as `run` would). */
  generatorError?: string;
}

const encodedOnce = (instance: CaseInstance): CaseRequest => ({
  ...instance.request,
  body: { raw: encodeBody(instance.request.body) },
});

/**
 * Draws a case's instances with the case's own seed and run count, as `runCase` does: `fc.sample` of the same
 * arbitrary with the same seed yields the values `fc.check` tries before any shrinking.
 */
export function prepareCase(caseDef: CaseDefinition, context: CaseContext, seed: number, runs: number): PreparedCase {
  const numRuns = Math.min(runs, caseDef.maxRuns ?? runs);
  try {
    const arbitrary = withRequestTransport(caseDef.generate(context));
    const instances = fc.sample(arbitrary, { seed: caseSeed(seed, caseDef.id), numRuns });
    return { caseDef, instances, wire: instances.map(encodedOnce) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      caseDef,
      instances: [],
      wire: [],
      generatorError: `internal error while generating this case: ${message}`,
    };
  }
}
