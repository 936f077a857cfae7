import fc from "fast-check";
import type { PutAuditEventsRequest } from "../../generated/api.ts";
import { EVENT_SIZE_LIMIT, EVENTS_PER_REQUEST } from "../../generated/constants.ts";
import { eventDataChecksum } from "../protocol/eventDataChecksum.ts";
import { eventDataOfBytes } from "./eventDataOfBytes.ts";
import { eventId } from "./eventId.ts";
import { integrationEventData } from "./integrationEventData.ts";
import { utf8Bytes } from "./utf8Bytes.ts";

export interface RequestBodyOfBytesConstraints {
  recipientAccountId: string;
  /** The size in UTF-8 bytes of what `measure` names. */
  bytes: fc.Arbitrary<number>;
  /**
   * What has exactly `bytes` bytes: `JSON.stringify(body)` (default) or the summed eventData strings, which
   * the body then exceeds (the "1 MB" may count either: reading requestSizeCounts).
   */
  measure?: "body" | "eventData";
  /** What the padding repeats: `x` (default) or characters of 3 and 4 bytes (see eventDataOfBytes). */
  paddingUnit?: string;
}

/** Each event is padded to at most half the event limit, far from any per-event rule. */
const EVENT_BYTES = Math.floor(EVENT_SIZE_LIMIT.certainlyWithin / 2);

/**
 * Valid request bodies of exactly `bytes` UTF-8 bytes (serialised with JSON.stringify): enough events of at
 * most EVENT_SIZE_LIMIT.certainlyWithin / 2 bytes each, padded in userIdentity.details, which has no stated
 * limit, so only the request size can be at stake. Each padding string is built once with `repeat`.
 */
export function requestBodyOfBytes(constraints: RequestBodyOfBytesConstraints): fc.Arbitrary<PutAuditEventsRequest> {
  const data = integrationEventData({ recipientAccountId: constraints.recipientAccountId, fieldAtMaxLength: "never" });
  // Shrinking a megabyte body only resends megabytes: the size is what matters, and the label states it.
  const body = constraints.bytes.chain((bytes) => {
    const count = Math.min(EVENTS_PER_REQUEST.maxItems, Math.ceil(bytes / EVENT_BYTES) + 1);
    return fc
      .record({
        ids: fc.uniqueArray(eventId(), { minLength: count, maxLength: count }),
        events: fc.array(fc.tuple(data, fc.boolean()), { minLength: count, maxLength: count }),
      })
      .map(({ ids, events }) => padTo(bytes, ids, events, constraints.paddingUnit, constraints.measure));
  });
  return fc.noShrink(body);
}

type Unpadded = [data: Parameters<typeof eventDataOfBytes>[0], withChecksum: boolean];

function padTo(
  bytes: number,
  ids: string[],
  events: Unpadded[],
  unit = "x",
  measure: "body" | "eventData" = "body",
): PutAuditEventsRequest {
  const build = (eventBytes: (index: number) => number): PutAuditEventsRequest => ({
    auditEvents: events.map(([data, withChecksum], index) => {
      const eventData = eventDataOfBytes(data, eventBytes(index), unit);
      const id = ids[index] ?? String(index);
      return withChecksum ? { id, eventData, eventDataChecksum: eventDataChecksum(eventData) } : { id, eventData };
    }),
  });
  const unpadded = build(() => 0);
  const unpaddedSizes = unpadded.auditEvents.map((event) => utf8Bytes(event.eventData));
  // The padding needs no JSON escape, so it adds as many bytes to the body as to the eventData.
  const measured =
    measure === "body" ? utf8Bytes(JSON.stringify(unpadded)) : unpaddedSizes.reduce((sum, size) => sum + size, 0);
  const missing = bytes - measured;
  const share = Math.floor(missing / events.length);
  const first = missing - share * events.length;
  return build((index) => (unpaddedSizes[index] ?? 0) + share + (index === 0 ? first : 0));
}
