import fc from "fast-check";
import type { PutAuditEventsRequest } from "../../generated/api.ts";
import { REQUEST_SIZE_LIMIT } from "../../generated/constants.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { requestBodyOfBytes } from "./requestBodyOfBytes.ts";

/**
 * Valid bodies strictly between REQUEST_SIZE_LIMIT.certainlyWithin and certainlyBeyond bytes, where the limit
 * lies (10^6 or 2^20 bytes is not published); both ends of the gap are guaranteed.
 */
export function requestAtSizeBoundary(constraints: EventDataConstraints): fc.Arbitrary<PutAuditEventsRequest> {
  const min = REQUEST_SIZE_LIMIT.certainlyWithin + 1;
  const max = REQUEST_SIZE_LIMIT.certainlyBeyond - 1;
  return requestBodyOfBytes({ ...constraints, bytes: fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max })) });
}
