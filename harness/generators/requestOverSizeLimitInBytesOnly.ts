import fc from "fast-check";
import type { PutAuditEventsRequest } from "../../generated/api.ts";
import { REQUEST_SIZE_LIMIT } from "../../generated/constants.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { requestBodyOfBytes } from "./requestBodyOfBytes.ts";
import { SIZE_LIMIT_MARGIN } from "./requestOverSizeLimit.ts";

/** Three 3-byte characters and a 4-byte one: 13 UTF-8 bytes in 5 UTF-16 units (4 code points). */
const PADDING_UNIT = "€€€👍";

/**
 * Otherwise valid bodies whose summed eventData (and so the body) is SIZE_LIMIT_MARGIN bytes or more past
 * REQUEST_SIZE_LIMIT.certainlyBeyond UTF-8 bytes but under REQUEST_SIZE_LIMIT.certainlyWithin UTF-16 units
 * (hence code points): a target that measures the body in characters instead of bytes accepts them.
 */
export function requestOverSizeLimitInBytesOnly(
  constraints: EventDataConstraints,
): fc.Arbitrary<PutAuditEventsRequest> {
  const beyond = REQUEST_SIZE_LIMIT.certainlyBeyond + SIZE_LIMIT_MARGIN;
  const bytes = fc.oneof(fc.constant(beyond), fc.integer({ min: beyond, max: beyond + 4096 }));
  return requestBodyOfBytes({ ...constraints, bytes, paddingUnit: PADDING_UNIT, measure: "eventData" });
}
