import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { FAULTS } from "../emulator/faults/faults.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import { mutationScore } from "./mutationScore.ts";
import { scoreLine } from "./scoreLine.ts";

const caseNamed = (id: string) => CATALOGUE.find((caseDef) => caseDef.id === id) as CaseDefinition;
const faultNamed = (id: string) => FAULTS.filter((fault) => fault.id === id);
const zeroEvents = caseNamed("ZeroEventsAreRejected");
/** A planted bug in the suite: a valid batch the case wrongly expects to be refused. */
const wrongExpectation: CaseDefinition = {
  ...caseNamed("ValidBatchIsIngested"),
  id: "PlantedValidBatchExpectedRefused",
  expect: zeroEvents.expect,
};
const defaultsOnly = [{ label: "defaults", readings: {} }];

describe("the replayed mutation score, for real against the emulator", () => {
  it("flags a case with a wrong expectation as a false alarm and kills a fault with the case written for it", async () => {
    const score = await mutationScore({
      catalogue: [zeroEvents, wrongExpectation],
      faults: faultNamed("ZeroEventsAccepted"),
      seed: 7,
      runs: 3,
      readingRuns: defaultsOnly,
    });
    expect(score.readings[0]?.falseAlarms).toEqual([
      { caseId: wrongExpectation.id, reason: expect.stringMatching(/^answerIsAcceptable: /) },
    ]);
    expect(score.mutants[0]?.killedBy).toEqual({
      caseId: zeroEvents.id,
      specRef: zeroEvents.specRef,
      reason: expect.stringMatching(/\S/),
    });
    expect(scoreLine(score)).toBe("score: 1/1 faults killed, 1 false alarms over 1 readings");
  }, 60_000);

  it("reports a fault that no case of the catalogue catches as surviving", async () => {
    const score = await mutationScore({
      catalogue: [zeroEvents],
      faults: faultNamed("ChecksumIgnored"),
      seed: 7,
      runs: 3,
      readingRuns: defaultsOnly,
    });
    expect(score.mutants).toEqual([expect.objectContaining({ fault: "ChecksumIgnored", killed: false })]);
    expect(score.mutants[0]?.killedBy).toBeUndefined();
    expect(scoreLine(score)).toBe("score: 0/1 faults killed, 0 false alarms over 1 readings");
  }, 60_000);
});
