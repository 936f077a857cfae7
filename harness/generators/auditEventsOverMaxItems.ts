import type fc from "fast-check";
import type { AuditEvent } from "../../generated/api.ts";
import { EVENTS_PER_REQUEST } from "../../generated/constants.ts";
import { type IntegrationEventDataConstraints, integrationEventData } from "./integrationEventData.ts";
import { validAuditEvents } from "./validAuditEvents.ts";

/**
 * Lists of valid, uniquely identified events longer than EVENTS_PER_REQUEST.maxItems; maxItems + 1 is guaranteed.
 * The count is what breaks the rule, so the events are plain (required fields, canonical JSON): 101 to 200 of
 * them stay light to draw and to send.
 */
export function auditEventsOverMaxItems(constraints: IntegrationEventDataConstraints): fc.Arbitrary<AuditEvent[]> {
  const plain = integrationEventData({ ...constraints, optionalFields: "never", fieldAtMaxLength: "never" });
  return validAuditEvents({
    ...constraints,
    minLength: EVENTS_PER_REQUEST.maxItems + 1,
    maxLength: 2 * EVENTS_PER_REQUEST.maxItems,
    eventData: plain.map((data) => JSON.stringify(data)),
  });
}
