import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventData } from "../../generated/api.ts";
import { EVENT_DATA_REQUIRED_FIELDS, EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS } from "../../generated/constants.ts";
import { type IntegrationEventDataConstraints, integrationEventData } from "./integrationEventData.ts";
import { recipient } from "./testing/contractHelpers.ts";

const sample = (optionalFields: IntegrationEventDataConstraints["optionalFields"]) =>
  fc.sample(integrationEventData({ ...recipient, optionalFields, fieldAtMaxLength: "never" }), {
    seed: 20261125,
    numRuns: 100,
  });
const optionalKeys = (data: EventData) => [
  ...Object.keys(data).filter((key) => !(EVENT_DATA_REQUIRED_FIELDS as readonly string[]).includes(key)),
  ...Object.keys(data.userIdentity).filter(
    (key) => !(EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS as readonly string[]).includes(key),
  ),
];
const ALL_OPTIONAL = optionalKeys(sample("always")[0] as EventData);

describe("integrationEventData optional fields", () => {
  it("never draws an optional field under 'never', yet every required one", () => {
    for (const data of sample("never")) {
      expect(optionalKeys(data)).toEqual([]);
      expect(Object.keys(data).sort()).toEqual([...EVENT_DATA_REQUIRED_FIELDS].sort());
      expect(Object.keys(data.userIdentity).sort()).toEqual([...EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS].sort());
    }
  });

  it("draws every optional field under 'always'", () => {
    expect(ALL_OPTIONAL.length).toBeGreaterThan(0);
    for (const data of sample("always")) expect(optionalKeys(data).sort()).toEqual([...ALL_OPTIONAL].sort());
  });

  it("reaches events with and without each optional field under 'sometimes'", () => {
    const drawn = sample("sometimes").map(optionalKeys);
    for (const key of ALL_OPTIONAL) {
      expect(drawn.some((keys) => keys.includes(key))).toBe(true);
      expect(drawn.some((keys) => !keys.includes(key))).toBe(true);
    }
  });
});
