import fc from "fast-check";
import type { AuditEvent } from "../../generated/api.ts";
import { EVENTS_PER_REQUEST } from "../../generated/constants.ts";
import { type AuditEventConstraints, auditEvent } from "./auditEvent.ts";
import { lengthWithBounds } from "./lengthWithBounds.ts";

export interface ValidAuditEventsConstraints extends AuditEventConstraints {
  /** Default EVENTS_PER_REQUEST.minItems. */
  minLength?: number;
  /** Default EVENTS_PER_REQUEST.maxItems. */
  maxLength?: number;
}

/** Lists of valid audit events with unique ids; both length bounds are always reachable. */
export function validAuditEvents(constraints: ValidAuditEventsConstraints): fc.Arbitrary<AuditEvent[]> {
  const minLength = constraints.minLength ?? EVENTS_PER_REQUEST.minItems;
  const maxLength = constraints.maxLength ?? EVENTS_PER_REQUEST.maxItems;
  const event = auditEvent(constraints);
  return lengthWithBounds(minLength, maxLength).chain((length) =>
    fc.uniqueArray(event, { selector: (e) => e.id, minLength: length, maxLength: length }),
  );
}
