import fc from "fast-check";
import { EVENT_DATA_OBJECT_BYTE_LIMITS } from "../../generated/constants.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { integrationEventData } from "./integrationEventData.ts";
import { setAtPointer } from "./setAtPointer.ts";
import { utf8Bytes } from "./utf8Bytes.ts";

type ObjectPath = keyof typeof EVENT_DATA_OBJECT_BYTE_LIMITS;
const OBJECT_PATHS = Object.keys(EVENT_DATA_OBJECT_BYTE_LIMITS) as ObjectPath[];

/**
 * Serialised eventData whose requestParameters, responseElements or additionalEventData serialises to more
 * than its `certainlyBeyond` bytes (+1 guaranteed; `certainlyBeyond` itself may be the limit), the whole
 * eventData staying far under the event size limit. Built once per value with `"x".repeat`.
 */
export function eventDataObjectOverByteLimit(constraints: EventDataConstraints): fc.Arbitrary<string> {
  const over = fc.record({
    pointer: fc.constantFrom(...OBJECT_PATHS),
    excess: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 4096 })),
  });
  const emptyPaddedBytes = utf8Bytes(JSON.stringify({ padding: "" }));
  return fc
    .tuple(integrationEventData({ ...constraints, fieldAtMaxLength: "never" }), over)
    .map(([data, { pointer, excess }]) => {
      const bytes = EVENT_DATA_OBJECT_BYTE_LIMITS[pointer].certainlyBeyond + excess;
      const padded = { padding: "x".repeat(bytes - emptyPaddedBytes) };
      return JSON.stringify(setAtPointer(data, pointer, padded));
    });
}
