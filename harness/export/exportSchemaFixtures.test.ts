import { describe, expect, it } from "vitest";
import type { FixtureName } from "../model/target.ts";
import exportSchema from "./export.schema.json" with { type: "json" };

/** Every fixture name, once: `satisfies` makes typecheck fail when ChannelFixtures gains or loses one. */
const FIXTURE_NAMES = Object.keys({
  ownChannelArn: true,
  externalIdChannel: true,
  foreignChannelArn: true,
  partnerChannel: true,
  unsupportedSchemaChannelArn: true,
  unsupportedOperationChannelArn: true,
  eventSourceChannel: true,
  notSubscribedChannelArn: true,
  throttlingChannelArn: true,
  internalFailureChannelArn: true,
  quotaExceededChannelArn: true,
} satisfies Record<FixtureName, true>).sort();

describe("the export schema names the fixtures of the code", () => {
  it.each<[string, { given: string[] }]>([
    ["a case's needs", { given: exportSchema.$defs.case.properties.needs.items.enum }],
    ["the document's fixtures", { given: Object.keys(exportSchema.properties.fixtures.properties) }],
  ])("lists every fixture name, and only those, in %s", (_name, { given }) => {
    expect([...given].sort()).toEqual(FIXTURE_NAMES);
  });
});
