import type fc from "fast-check";
import type { AuditEvent } from "../../generated/api.ts";
import { EVENTS_PER_REQUEST } from "../../generated/constants.ts";
import type { IntegrationEventDataConstraints } from "./integrationEventData.ts";
import { validAuditEvents } from "./validAuditEvents.ts";

/** Lists of valid, uniquely identified events longer than EVENTS_PER_REQUEST.maxItems; maxItems + 1 is guaranteed. */
export function auditEventsOverMaxItems(constraints: IntegrationEventDataConstraints): fc.Arbitrary<AuditEvent[]> {
  return validAuditEvents({
    ...constraints,
    minLength: EVENTS_PER_REQUEST.maxItems + 1,
    maxLength: 2 * EVENTS_PER_REQUEST.maxItems,
    optionalFields: "never",
    fieldAtMaxLength: "never",
  });
}
