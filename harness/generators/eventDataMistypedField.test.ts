import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_DATA_REQUIRED_FIELDS } from "../../generated/constants.ts";
import { eventDataMistypedField } from "./eventDataMistypedField.ts";

const SEED = 20261125;

describe("eventDataMistypedField", () => {
  const texts = fc.sample(eventDataMistypedField({ recipientAccountId: "123456789012" }), {
    seed: SEED,
    numRuns: 3000,
  });
  const parsed = texts.map((text) => JSON.parse(text) as Record<string, unknown>);

  it("never puts an empty string in place of a required field (it may count as missing: reading emptyRequiredString)", () => {
    const emptied = parsed.filter((data) => EVENT_DATA_REQUIRED_FIELDS.some((field) => data[field] === ""));
    expect(emptied).toEqual([]);
  });

  it("still puts an empty string in place of an optional object", () => {
    expect(parsed.some((data) => data.requestParameters === "" || data.additionalEventData === "")).toBe(true);
  });
});
