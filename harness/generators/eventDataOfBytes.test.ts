import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventData } from "../../generated/api.ts";
import { eventDataOfBytes } from "./eventDataOfBytes.ts";
import { integrationEventData } from "./integrationEventData.ts";
import { utf8Bytes } from "./utf8Bytes.ts";

const SEED = 20261125;
const data = integrationEventData({ recipientAccountId: "123456789012", fieldAtMaxLength: "never" });

/** `data` with the stand-in paddings eventDataOfBytes tries first written into its own strings. */
const holdingStandIns = (event: EventData): EventData => ({
  ...event,
  version: "\u0000padding 0\u0000",
  userIdentity: { ...event.userIdentity, details: { padding: "old", other: "\u0000padding 1\u0000" } },
});

const padded = (event: EventData, padding: string) =>
  JSON.stringify({
    ...event,
    userIdentity: { ...event.userIdentity, details: { ...event.userIdentity.details, padding } },
  });

describe("eventDataOfBytes", () => {
  it.each(["x", "€😀"])("is JSON.stringify of the event padded with %s, at exactly the bytes asked", (unit) => {
    const cases = fc.tuple(fc.oneof(data, data.map(holdingStandIns)), fc.integer({ min: 2000, max: 5000 }));
    fc.assert(
      fc.property(cases, ([event, bytes]) => {
        const text = eventDataOfBytes(event, bytes, unit);
        expect(utf8Bytes(text)).toBe(bytes);
        const { padding } = JSON.parse(text).userIdentity.details;
        expect(text).toBe(padded(event, padding));
        expect(padding.replaceAll(unit, "")).toMatch(/^x*$/);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("refuses a padding unit JSON would escape", () => {
    expect(() => eventDataOfBytes(fc.sample(data, { seed: SEED, numRuns: 1 })[0] as EventData, 100, '"')).toThrow(
      /escapes/,
    );
  });
});
