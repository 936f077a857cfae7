import { createHash } from "node:crypto";

/** A case's own seed, derived from the run seed and its id, so one case replays alone with the run's seed. */
export function caseSeed(runSeed: number, caseId: string): number {
  return createHash("sha256").update(`${runSeed}:${caseId}`).digest().readInt32BE(0);
}
