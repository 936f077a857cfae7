import fc from "fast-check";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { integrationEventData } from "./integrationEventData.ts";

/** eventData strings that are valid JSON but not an object: the event in an array, a JSON string, scalars. */
export function eventDataNotObject(constraints: EventDataConstraints): fc.Arbitrary<string> {
  const event = integrationEventData(constraints);
  return fc.oneof(
    event.map((data) => JSON.stringify([data])),
    event.map((data) => JSON.stringify(JSON.stringify(data))),
    fc.constantFrom("[]", "10", "null", "true", '"event"'),
  );
}
