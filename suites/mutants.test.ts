import { beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../harness/catalogue/catalogue.ts";
import { FAULTS } from "../harness/emulator/faults/faults.ts";
import { type MutationScore, mutationScore } from "../harness/mutants/mutationScore.ts";
import { suiteOptions } from "./suiteOptions.ts";

const { seed, runs } = suiteOptions();
let score: MutationScore;

describe(`mutation score against the emulator's faults (seed ${seed}, ${runs} runs)`, () => {
  beforeAll(async () => {
    score = await mutationScore({ faults: FAULTS, catalogue: CATALOGUE, seed, runs });
  }, 600_000);

  it("has at least 40 single-fault variants", () => {
    expect(FAULTS.length).toBeGreaterThanOrEqual(40);
  });

  it("raises no false alarm against the faithful emulator", () => {
    expect(score.faithful.falseAlarms).toEqual([]);
  });

  it.each(FAULTS.map((fault) => [fault.id, fault.description] as const))("kills %s (%s)", (id) => {
    const mutant = score.mutants.find((m) => m.fault === id);
    expect(mutant?.killed, `fault ${id} survived: no case failed against it`).toBe(true);
    expect(mutant?.killedBy?.reason, `the report must name the broken rule for ${id}`).toMatch(/\S/);
  });
});
