import fc from "fast-check";
import { EVENT_SIZE_LIMIT } from "../../generated/constants.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { eventDataOfBytes } from "./eventDataOfBytes.ts";
import { integrationEventData } from "./integrationEventData.ts";

/**
 * Serialised eventData of EVENT_SIZE_LIMIT.certainlyBeyond bytes or more (the bound guaranteed), every object
 * of the event schema under its own limit: the padding sits in userIdentity.details, which has none.
 */
export function eventDataOverEventSizeLimit(constraints: EventDataConstraints): fc.Arbitrary<string> {
  const bytes = fc.oneof(
    fc.constant(EVENT_SIZE_LIMIT.certainlyBeyond),
    fc.integer({ min: EVENT_SIZE_LIMIT.certainlyBeyond, max: EVENT_SIZE_LIMIT.certainlyBeyond + 4096 }),
  );
  return fc
    .tuple(integrationEventData({ ...constraints, fieldAtMaxLength: "never" }), bytes)
    .map(([data, size]) => eventDataOfBytes(data, size));
}
