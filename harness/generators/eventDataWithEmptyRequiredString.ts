import fc from "fast-check";
import {
  EVENT_DATA_REQUIRED_FIELDS,
  EVENT_DATA_STRING_LIMITS,
  EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS,
} from "../../generated/constants.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { integrationEventData } from "./integrationEventData.ts";
import { setAtPointer } from "./setAtPointer.ts";

/** Required fields whose only rule is a maximum length: for them, "" breaks nothing but (maybe) presence. */
export const REQUIRED_PLAIN_STRINGS = [
  ...EVENT_DATA_REQUIRED_FIELDS.map((field) => `/${field}`),
  ...EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS.map((field) => `/userIdentity/${field}`),
].filter((pointer) => pointer in EVENT_DATA_STRING_LIMITS);

/** Serialised eventData following the schema except that one required string (e.g. principalId) is "". */
export function eventDataWithEmptyRequiredString(constraints: EventDataConstraints): fc.Arbitrary<string> {
  return fc
    .tuple(
      integrationEventData({ ...constraints, fieldAtMaxLength: "never" }),
      fc.constantFrom(...REQUIRED_PLAIN_STRINGS),
    )
    .map(([data, pointer]) => JSON.stringify(setAtPointer(data, pointer, "")));
}
