import fc from "fast-check";
import { EVENT_DATA_OBJECT_BYTE_LIMITS } from "../../generated/constants.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { integrationEventData } from "./integrationEventData.ts";
import { setAtPointer } from "./setAtPointer.ts";
import { utf8Bytes } from "./utf8Bytes.ts";

export type EventDataObjectPath = keyof typeof EVENT_DATA_OBJECT_BYTE_LIMITS;
export const EVENT_DATA_OBJECT_PATHS = Object.keys(EVENT_DATA_OBJECT_BYTE_LIMITS) as EventDataObjectPath[];

export interface EventDataWithObjectsOfBytesConstraints extends EventDataConstraints {
  /** The size of each object, in bytes of its compact JSON (the unit of x-pae-max-serialized-bytes), by path. */
  bytes: (path: EventDataObjectPath) => number;
  /** Which objects to set: a non-empty subset is drawn from these (default all three). */
  paths?: readonly EventDataObjectPath[];
  /** Padding character: `x` (1 byte, 1 UTF-16 unit) or `é` (2 bytes, 1 unit). Default `x`. */
  padding?: "x" | "é";
}

/** `{"padding":"..."}` serialising to exactly `bytes` bytes (1 less when a 2-byte character cannot fit). */
export function objectOfBytes(bytes: number, padding: "x" | "é" = "x"): { padding: string } {
  const room = bytes - utf8Bytes(JSON.stringify({ padding: "" }));
  return { padding: padding.repeat(Math.floor(room / utf8Bytes(padding))) };
}

/**
 * Canonical eventData (no optional fields but the objects, so the event stays small) whose requestParameters,
 * responseElements and/or additionalEventData serialise to the given byte sizes.
 */
export function eventDataWithObjectsOfBytes(constraints: EventDataWithObjectsOfBytesConstraints): fc.Arbitrary<string> {
  const paths = constraints.paths ?? EVENT_DATA_OBJECT_PATHS;
  const chosenPaths: fc.Arbitrary<readonly EventDataObjectPath[]> = fc.oneof(
    fc.constant([...paths]),
    fc.subarray([...paths], { minLength: 1 }),
  );
  return fc
    .tuple(integrationEventData({ ...constraints, optionalFields: "never", fieldAtMaxLength: "never" }), chosenPaths)
    .map(([data, chosen]) => {
      let event: object = data;
      for (const path of chosen)
        event = setAtPointer(event, path, objectOfBytes(constraints.bytes(path), constraints.padding));
      return JSON.stringify(event);
    });
}
