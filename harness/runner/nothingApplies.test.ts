import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { ChannelFixtures } from "../model/target.ts";
import { nothingApplies } from "./nothingApplies.ts";

const ARN = "arn:aws:cloudtrail:us-east-1:111122223333:channel/x";
const needsOwn = CATALOGUE.filter((c) => c.needs.length > 0 && c.needs.every((n) => n === "ownChannelArn"));

describe("nothingApplies", () => {
  it.each<
    [string, { cases: readonly CaseDefinition[]; fixtures: ChannelFixtures; skip?: string; want: RegExp | undefined }]
  >([
    ["is silent when one case applies", { cases: CATALOGUE, fixtures: { ownChannelArn: ARN }, want: undefined }],
    ["is silent when the fixture is given", { cases: needsOwn, fixtures: { ownChannelArn: ARN }, want: undefined }],
    [
      "names the flag of a missing channel",
      { cases: needsOwn, fixtures: {}, want: /nothing would be tested: give --channel-arn$/ },
    ],
    [
      "says why when every case is skipped",
      { cases: needsOwn, fixtures: { ownChannelArn: ARN }, skip: "pass --allow-ingest", want: /pass --allow-ingest$/ },
    ],
    ["says so when nothing is selected", { cases: [], fixtures: {}, want: /no case is selected/ }],
  ])("%s", (_name, { cases, fixtures, skip, want }) => {
    const reason = nothingApplies(cases, fixtures, skip === undefined ? undefined : () => skip);
    if (want === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(want);
  });
});
