import type { CaseResult } from "../../harness/model/runDocument.ts";
import { firstFailingExchange } from "./firstFailingExchange.ts";

export interface Reproduction {
  /** `run seed 42, path 3:1:0`: the seed the replay command takes (the run's; each case derives its own). */
  seedAndPath: string;
  replay: string;
  /** The curl of the first failing exchange, when one was recorded. */
  curl?: string;
}

/** Everything needed to reproduce a case's failure, taken from the document, never rebuilt. */
export function reproduction(result: CaseResult): Reproduction {
  const seed = /--seed '?(-?\d+)'?/.exec(result.replay)?.[1];
  const shown = seed === undefined ? `case seed ${result.seed}` : `run seed ${seed}`;
  const seedAndPath = result.path === undefined ? shown : `${shown}, path ${result.path}`;
  const curl = firstFailingExchange(result)?.curl;
  return { seedAndPath, replay: result.replay, ...(curl === undefined ? {} : { curl }) };
}
