import fc from "fast-check";
import {
  EVENT_DATA_OBJECT_BYTE_LIMITS,
  EVENT_DATA_REQUIRED_FIELDS,
  EVENT_DATA_STRING_LIMITS,
} from "../../generated/constants.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { integrationEventData } from "./integrationEventData.ts";
import { setAtPointer } from "./setAtPointer.ts";

/** The string fields of the event schema, as JSON pointers. */
export const EVENT_DATA_STRING_POINTERS = [
  ...Object.keys(EVENT_DATA_STRING_LIMITS),
  "/eventTime",
  "/sourceIPAddress",
  "/recipientAccountId",
];

/** The object fields of the event schema, as JSON pointers. */
export const EVENT_DATA_OBJECT_POINTERS = [
  "/userIdentity",
  "/userIdentity/details",
  ...Object.keys(EVENT_DATA_OBJECT_BYTE_LIMITS),
];

const notAString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.object({ maxDepth: 0 }),
);
/**
 * Values that are not an object; never "" in place of a required object: an empty required field may count as
 * missing (reading emptyRequiredString), which breaks another rule (FieldNotFound) first.
 */
const notAnObject = (pointer: string) =>
  fc.oneof(
    fc.string({ minLength: EVENT_DATA_REQUIRED_FIELDS.some((field) => pointer === `/${field}`) ? 1 : 0, maxLength: 8 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.integer(), { maxLength: 2 }),
  );
/** An object field and a value that is not an object, drawn for one pointer at a time. */
const mistypedObject = fc.oneof(
  ...EVENT_DATA_OBJECT_POINTERS.map((pointer) => notAnObject(pointer).map((value) => ({ pointer, value }))),
);

/** Serialised eventData following the schema except that one field has the wrong JSON type. */
export function eventDataMistypedField(constraints: EventDataConstraints): fc.Arbitrary<string> {
  const mistyped = fc.oneof(
    fc.record({ pointer: fc.constantFrom(...EVENT_DATA_STRING_POINTERS), value: notAString }),
    mistypedObject,
  );
  return fc
    .tuple(integrationEventData(constraints), mistyped)
    .map(([data, { pointer, value }]) => JSON.stringify(setAtPointer(data, pointer, value)));
}
