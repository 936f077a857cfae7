import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditEvent } from "../../generated/api.ts";
import { EVENT_DATA_STRING_LIMITS, EVENTS_PER_REQUEST } from "../../generated/constants.ts";
import { recipient } from "./testing/contractHelpers.ts";
import { validAuditEvents } from "./validAuditEvents.ts";

const SEED = 20261125;
const FIELDS_AT_MAX_LENGTH = new Set(Object.values(EVENT_DATA_STRING_LIMITS).map((limit) => "👍".repeat(limit)));
const batches = fc.sample(validAuditEvents({ ...recipient, minLength: 40, maxLength: EVENTS_PER_REQUEST.maxItems }), {
  seed: SEED,
  numRuns: 40,
});
const contents = (events: AuditEvent[]) => new Set(events.map((event) => event.eventData)).size;
const strings = (value: unknown): unknown[] =>
  typeof value === "object" && value !== null ? Object.values(value).flatMap(strings) : [value];
const carriesFieldAtMaxLength = (event: AuditEvent) =>
  strings(JSON.parse(event.eventData)).some((value) => FIELDS_AT_MAX_LENGTH.has(value as string));

describe("validAuditEvents", () => {
  it("gives every event of a batch its own id", () => {
    for (const events of batches) expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  it("reaches batches of all distinct contents and batches of a few repeated ones", () => {
    expect(batches.some((events) => contents(events) === events.length)).toBe(true);
    expect(batches.some((events) => contents(events) <= 8)).toBe(true);
  });

  it("never repeats a content that carries a field at its maximum length", () => {
    for (const events of batches.filter((batch) => contents(batch) < batch.length)) {
      expect(events.filter(carriesFieldAtMaxLength)).toEqual([]);
    }
  });

  it("still reaches fields at their maximum length in long batches", () => {
    expect(batches.some((events) => events.some(carriesFieldAtMaxLength))).toBe(true);
  });
});

describe("validAuditEvents shrinking", () => {
  it("shrinks a failing batch to the shortest failing length, ids still unique", () => {
    const property = fc.property(validAuditEvents(recipient), (events) => events.length < 5);
    const details = fc.check(property, { seed: SEED });
    const [events] = details.counterexample ?? [[]];
    expect(events).toHaveLength(5);
    expect(new Set(events.map((event) => event.id)).size).toBe(5);
  });
});
