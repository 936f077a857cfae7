import fc from "fast-check";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { eventTimeBreakingPattern } from "./eventTimeBreakingPattern.ts";
import { integrationEventData } from "./integrationEventData.ts";

/** Serialised eventData following the schema except that eventTime is not `yyyy-MM-DDTHH:mm:ssZ`. */
export function eventDataWithEventTimeBreakingPattern(constraints: EventDataConstraints): fc.Arbitrary<string> {
  return fc
    .tuple(integrationEventData(constraints), eventTimeBreakingPattern())
    .map(([data, eventTime]) => JSON.stringify({ ...data, eventTime }));
}
