import type { CaseResult } from "../../harness/model/runDocument.ts";
import { firstFailingExchange } from "./firstFailingExchange.ts";

export interface Reproduction {
  /** `seed 1337, path 3:1:0`: what fast-check needs to replay the counterexample. */
  seedAndPath: string;
  replay: string;
  /** The curl of the first failing exchange, when one was recorded. */
  curl?: string;
}

/** Everything needed to reproduce a case's failure, taken from the document, never rebuilt. */
export function reproduction(result: CaseResult): Reproduction {
  const seedAndPath = result.path === undefined ? `seed ${result.seed}` : `seed ${result.seed}, path ${result.path}`;
  const curl = firstFailingExchange(result)?.curl;
  return { seedAndPath, replay: result.replay, ...(curl === undefined ? {} : { curl }) };
}
