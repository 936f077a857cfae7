import { beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../harness/catalogue/catalogue.ts";
import { FAULTS } from "../harness/emulator/faults/faults.ts";
import { EMULATOR_READINGS } from "../harness/emulator/readings/readings.ts";
import type { MutationScore } from "../harness/mutants/mutationScore.ts";
import { parallelMutationScore } from "../harness/mutants/parallelMutationScore.ts";
import { readingRuns } from "../harness/mutants/readingRuns.ts";
import { renderScoreTable } from "../harness/mutants/renderScoreTable.ts";
import { scoreLine } from "../harness/mutants/scoreLine.ts";
import { suiteOptions } from "./suiteOptions.ts";

const { seed, runs } = suiteOptions();
const RUNS = readingRuns();
/** Generous: the score's two threads share the machine's cores with the rest of `npm test`. */
const SCORE_TIMEOUT_MS = 20 * 60_000;
let score: MutationScore;

// The same fast path as `pae-conformance mutants`: instances drawn once, replayed over two threads.
describe(`mutation score: every reading run and every fault (seed ${seed}, ${runs} runs)`, () => {
  beforeAll(async () => {
    score = await parallelMutationScore({ faults: FAULTS, catalogue: CATALOGUE, seed, runs });
  }, SCORE_TIMEOUT_MS);

  it("runs the defaults, each other reading value alone, all strictest and all most lenient", () => {
    const values = EMULATOR_READINGS.reduce((sum, reading) => sum + reading.valueNames.length - 1, 0);
    expect(RUNS.length).toBe(1 + values + 2);
    expect(score.readings.map((r) => r.label)).toEqual(RUNS.map((r) => r.label));
  });

  it.each(RUNS.map((run) => [run.label] as const))("raises no false alarm under the reading: %s", (label) => {
    const result = score.readings.find((r) => r.label === label);
    expect(result?.falseAlarms).toEqual([]);
  });

  it("tries every fault, and there are at least 80", () => {
    expect(FAULTS.length).toBeGreaterThanOrEqual(80);
    expect(score.mutants.map((m) => m.fault)).toEqual(FAULTS.map((fault) => fault.id));
  });

  it.each(FAULTS.map((fault) => [fault.id, fault.description] as const))("kills %s (%s)", (id) => {
    const mutant = score.mutants.find((m) => m.fault === id);
    expect(mutant?.killed, `fault ${id} survived: no case failed against it`).toBe(true);
    expect(mutant?.killedBy?.reason, `the report must name the broken rule for ${id}`).toMatch(/\S/);
  });
});

describe("the score report names what went wrong", () => {
  const broken: MutationScore = {
    seed: 1,
    runs: 1,
    faithful: { falseAlarms: [], durationMs: 1 },
    readings: [
      { label: "defaults", readings: {}, falseAlarms: [], durationMs: 1 },
      {
        label: "nullMember=absent",
        readings: { nullMember: "absent" },
        falseAlarms: [{ caseId: "MistypedChecksumIsRejected", reason: "accepted (200)" }],
        durationMs: 1,
      },
    ],
    falseAlarms: 1,
    mutants: [
      { fault: "ChecksumIgnored", description: "d", killed: false, durationMs: 1 },
      {
        fault: "ZeroEventsAccepted",
        description: "d",
        killed: true,
        killedBy: { caseId: "ZeroEventsAreRejected", specRef: "s", reason: "r" },
        durationMs: 1,
      },
    ],
    killed: 1,
    total: 2,
  };

  it("names each surviving fault and each false alarm with its reading", () => {
    const table = renderScoreTable(broken);
    expect(table).toContain("| ChecksumIgnored | **SURVIVED** | - |");
    expect(table).toContain("| nullMember=absent | **MistypedChecksumIsRejected** |");
    expect(table).toContain("1 FALSE ALARMS over 2 readings");
  });

  it("counts kills, faults, false alarms and reading runs in the score line", () => {
    expect(scoreLine(broken)).toBe("score: 1/2 faults killed, 1 false alarms over 2 readings");
  });
});
