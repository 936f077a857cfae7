import fc from "fast-check";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { validAuditEvents } from "./validAuditEvents.ts";

/** Bodies without `auditEvents`: `{}`, or valid events under a misspelt key (member names are case-sensitive). */
export function requestBodyMissingAuditEvents(
  constraints: EventDataConstraints,
): fc.Arbitrary<Record<string, unknown>> {
  const events = validAuditEvents({ ...constraints, maxLength: 3, fieldAtMaxLength: "never" });
  return fc.oneof(
    fc.constant({}),
    fc
      .tuple(fc.constantFrom("AuditEvents", "auditevents", "events", "audit_events"), events)
      .map(([key, list]) => ({ [key]: list })),
  );
}
