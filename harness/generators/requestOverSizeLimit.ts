import fc from "fast-check";
import type { PutAuditEventsRequest } from "../../generated/api.ts";
import { REQUEST_SIZE_LIMIT } from "../../generated/constants.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { requestBodyOfBytes } from "./requestBodyOfBytes.ts";

/** How many bytes over the limit a body may be. */
const ABOVE = 65536;

/**
 * Otherwise valid bodies of REQUEST_SIZE_LIMIT.certainlyBeyond bytes or more (the bound guaranteed): at most
 * EVENTS_PER_REQUEST.maxItems events, each under the event size limit, so only the request size is wrong.
 */
export function requestOverSizeLimit(constraints: EventDataConstraints): fc.Arbitrary<PutAuditEventsRequest> {
  const beyond = REQUEST_SIZE_LIMIT.certainlyBeyond;
  const bytes = fc.oneof(fc.constant(beyond), fc.integer({ min: beyond, max: beyond + ABOVE }));
  return requestBodyOfBytes({ ...constraints, bytes });
}
