import { beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../../harness/catalogue/catalogue.ts";
import { FAULTS } from "../../harness/emulator/faults/faults.ts";
import { type MutationScore, mutationScore } from "../../harness/mutants/mutationScore.ts";
import { suiteOptions } from "../suiteOptions.ts";

/** How many vitest files share the faults, so that the machine's cores run them side by side. */
export const FAULT_SHARDS = 2;
/** Generous: a shard shares two cores with the rest of `npm test`. */
const SHARD_TIMEOUT_MS = 40 * 60_000;

/** The faults of shard `index` (0-based): every FAULT_SHARDS-th fault, so both shards mix every group. */
export const faultShard = (index: number) => FAULTS.filter((_fault, position) => position % FAULT_SHARDS === index);

/** Declares the mutation suite of one shard: each of its faults must be killed, with the broken rule named. */
export function faultShardSuite(index: number): void {
  const { seed, runs } = suiteOptions();
  const faults = faultShard(index);
  let score: MutationScore;

  describe(`mutation score, faults shard ${index + 1}/${FAULT_SHARDS} (seed ${seed}, ${runs} runs)`, () => {
    beforeAll(async () => {
      score = await mutationScore({ faults, catalogue: CATALOGUE, seed, runs, readingRuns: [] });
    }, SHARD_TIMEOUT_MS);

    it.each(faults.map((fault) => [fault.id, fault.description] as const))("kills %s (%s)", (id) => {
      const mutant = score.mutants.find((m) => m.fault === id);
      expect(mutant?.killed, `fault ${id} survived: no case failed against it`).toBe(true);
      expect(mutant?.killedBy?.reason, `the report must name the broken rule for ${id}`).toMatch(/\S/);
    });
  });
}
