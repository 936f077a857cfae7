import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { selectChecks } from "../checks/registry.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import { claimCounter, newClaimBuffer } from "./claimCounter.ts";
import { generationContext } from "./generationContext.ts";
import { prepareCase } from "./preparedCase.ts";
import type { ReadingRun } from "./readingRuns.ts";
import { type ReadingCaseResult, replayReadingUnits } from "./readingUnits.ts";

const caseNamed = (id: string) => CATALOGUE.find((caseDef) => caseDef.id === id) as CaseDefinition;
const zeroEvents = caseNamed("ZeroEventsAreRejected");
/** A planted bug in the suite: a valid batch the case wrongly expects to be refused. */
const wrongExpectation: CaseDefinition = {
  ...caseNamed("ValidBatchIsIngested"),
  id: "PlantedValidBatchExpectedRefused",
  expect: zeroEvents.expect,
};
const runs: ReadingRun[] = [
  { label: "defaults", readings: {} },
  { label: "nullMember=absent", readings: { nullMember: "absent" } },
];

describe("replayReadingUnits, for real against the emulator", () => {
  it("replays each (reading run, case) unit exactly once across claimers sharing the counter", async () => {
    const context = await generationContext();
    const cases = [zeroEvents, wrongExpectation].map((caseDef) => prepareCase(caseDef, context, 7, 3));
    const shared = newClaimBuffer();
    const results: ReadingCaseResult[] = [];
    const claimer = () =>
      replayReadingUnits(cases, runs, claimCounter(shared, runs.length * cases.length), selectChecks(), (result) =>
        results.push(result),
      );
    await Promise.all([claimer(), claimer()]);
    const units = results.map((result) => `${result.run}/${result.caseIndex}`).sort();
    expect(units).toEqual(["0/0", "0/1", "1/0", "1/1"]);
    const alarmed = results.filter((result) => result.falseAlarm).map((result) => result.falseAlarm?.caseId);
    expect(alarmed).toEqual([wrongExpectation.id, wrongExpectation.id]);
    expect(results.every((result) => result.endedAt >= result.startedAt)).toBe(true);
  }, 60_000);
});
