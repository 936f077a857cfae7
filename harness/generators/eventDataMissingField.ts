import fc from "fast-check";
import { EVENT_DATA_REQUIRED_FIELDS, EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS } from "../../generated/constants.ts";
import { integrationEventData } from "./integrationEventData.ts";
import { setAtPointer } from "./setAtPointer.ts";

export interface EventDataConstraints {
  /** The channel owner's account. */
  recipientAccountId: string;
}

/** Every required field of the event schema, as a JSON pointer (`/UID`, `/userIdentity/type`, ...). */
const REQUIRED_POINTERS = [
  ...EVENT_DATA_REQUIRED_FIELDS.map((field) => `/${field}`),
  ...EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS.map((field) => `/userIdentity/${field}`),
];

/** Serialised eventData following the schema except that one required field is absent. */
export function eventDataMissingField(constraints: EventDataConstraints): fc.Arbitrary<string> {
  return fc
    .tuple(integrationEventData(constraints), fc.constantFrom(...REQUIRED_POINTERS))
    .map(([data, pointer]) => JSON.stringify(setAtPointer(data, pointer, undefined)));
}
