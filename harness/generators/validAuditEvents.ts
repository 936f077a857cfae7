import fc from "fast-check";
import type { AuditEvent } from "../../generated/api.ts";
import { EVENTS_PER_REQUEST } from "../../generated/constants.ts";
import { type AuditEventConstraints, auditEvent } from "./auditEvent.ts";
import { builtPerKey } from "./builtPerKey.ts";
import { eventId } from "./eventId.ts";
import { lengthWithBounds } from "./lengthWithBounds.ts";

export interface ValidAuditEventsConstraints extends AuditEventConstraints {
  /** Default EVENTS_PER_REQUEST.minItems. */
  minLength?: number;
  /** Default EVENTS_PER_REQUEST.maxItems. */
  maxLength?: number;
}

/** Most batches draw at most this many events' contents and repeat them under fresh ids. */
const FEW_CONTENTS = 8;

/**
 * Lists of valid audit events with unique ids; both length bounds are always reachable. One batch in five
 * draws every event's content; the others draw up to FEW_CONTENTS contents and cycle them under the unique ids,
 * which makes 100-event batches several times cheaper to draw. The repeated contents never carry a field at
 * its maximum length, so a batch of copies stays as far under the request size limit as a drawn one.
 */
export function validAuditEvents(constraints: ValidAuditEventsConstraints): fc.Arbitrary<AuditEvent[]> {
  const minLength = constraints.minLength ?? EVENTS_PER_REQUEST.minItems;
  const maxLength = constraints.maxLength ?? EVENTS_PER_REQUEST.maxItems;
  const content = { ...constraints, id: fc.constant("") };
  const everyContent = auditEvent(content);
  const repeatedContent = auditEvent({ ...content, fieldAtMaxLength: "never" });
  const id = constraints.id ?? eventId();
  const ofLength = builtPerKey((length: number): fc.Arbitrary<AuditEvent[]> => {
    if (length === 0) return fc.constant([]);
    const contents = fc.oneof(
      { weight: 1, arbitrary: fc.array(everyContent, { minLength: length, maxLength: length }) },
      { weight: 4, arbitrary: fc.array(repeatedContent, { minLength: 1, maxLength: Math.min(length, FEW_CONTENTS) }) },
    );
    const ids = fc.uniqueArray(id, { minLength: length, maxLength: length });
    return fc
      .tuple(contents, ids)
      .map(([drawn, unique]) =>
        unique.map((eventId, index) => ({ ...(drawn[index % drawn.length] as AuditEvent), id: eventId })),
      );
  });
  return lengthWithBounds(minLength, maxLength).chain(ofLength);
}
