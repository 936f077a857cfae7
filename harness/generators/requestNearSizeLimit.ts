import fc from "fast-check";
import type { PutAuditEventsRequest } from "../../generated/api.ts";
import { REQUEST_SIZE_LIMIT } from "../../generated/constants.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { requestBodyOfBytes } from "./requestBodyOfBytes.ts";

/** How many bytes under the limit a body may be. */
const BELOW = 4096;

/**
 * Valid bodies just under REQUEST_SIZE_LIMIT.certainlyWithin bytes (certainlyWithin - 1 guaranteed), every
 * event under EVENT_SIZE_LIMIT.certainlyWithin bytes and every eventData object under its limit.
 */
export function requestNearSizeLimit(constraints: EventDataConstraints): fc.Arbitrary<PutAuditEventsRequest> {
  const within = REQUEST_SIZE_LIMIT.certainlyWithin;
  const bytes = fc.oneof(fc.constant(within - 1), fc.integer({ min: within - BELOW, max: within - 1 }));
  return requestBodyOfBytes({ ...constraints, bytes });
}
