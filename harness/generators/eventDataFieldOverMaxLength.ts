import fc from "fast-check";
import { EVENT_DATA_STRING_LIMITS } from "../../generated/constants.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { integrationEventData } from "./integrationEventData.ts";
import { setAtPointer } from "./setAtPointer.ts";

type LimitedPath = keyof typeof EVENT_DATA_STRING_LIMITS;
const LIMITED_PATHS = Object.keys(EVENT_DATA_STRING_LIMITS) as LimitedPath[];

/** 1-, 2-, 3- and 4-byte characters: each is one code point. */
const FILLERS = ["x", "é", "€", "👍"] as const;

/**
 * Serialised eventData following the schema except that one length-limited string is 1 to 64 code points over
 * its limit (limit + 1 guaranteed), made of a repeated character.
 */
export function eventDataFieldOverMaxLength(constraints: EventDataConstraints): fc.Arbitrary<string> {
  const over = fc.record({
    pointer: fc.constantFrom(...LIMITED_PATHS),
    excess: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 64 })),
    filler: fc.constantFrom(...FILLERS),
  });
  return fc
    .tuple(integrationEventData({ ...constraints, fieldAtMaxLength: "never" }), over)
    .map(([data, { pointer, excess, filler }]) =>
      JSON.stringify(setAtPointer(data, pointer, filler.repeat(EVENT_DATA_STRING_LIMITS[pointer] + excess))),
    );
}
