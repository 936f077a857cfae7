import fc from "fast-check";
import type { PutAuditEventsRequest } from "../../generated/api.ts";
import { REQUEST_SIZE_LIMIT } from "../../generated/constants.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { requestBodyOfBytes } from "./requestBodyOfBytes.ts";

/** How far past REQUEST_SIZE_LIMIT.certainlyBeyond a body certainly over the limit starts. */
export const SIZE_LIMIT_MARGIN = 16_384;
/** How many bytes further a body may go. */
const ABOVE = 65_536;

/**
 * Otherwise valid bodies whose summed eventData alone is SIZE_LIMIT_MARGIN bytes or more past
 * REQUEST_SIZE_LIMIT.certainlyBeyond (the bound guaranteed), so the body is too: over the limit whether it
 * counts the body or the events (reading requestSizeCounts). At most EVENTS_PER_REQUEST.maxItems events,
 * each under the event size limit, so only the request size is wrong.
 */
export function requestOverSizeLimit(constraints: EventDataConstraints): fc.Arbitrary<PutAuditEventsRequest> {
  const beyond = REQUEST_SIZE_LIMIT.certainlyBeyond + SIZE_LIMIT_MARGIN;
  const bytes = fc.oneof(fc.constant(beyond), fc.integer({ min: beyond, max: beyond + ABOVE }));
  return requestBodyOfBytes({ ...constraints, bytes, measure: "eventData" });
}
