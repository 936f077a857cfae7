import fc from "fast-check";
import type { EventDataConstraints } from "./eventDataMissingField.ts";
import { validAuditEvents } from "./validAuditEvents.ts";

/** Bodies whose `auditEvents` is not an array: one event unwrapped, the list serialised, null, a number. */
export function requestBodyMistypedAuditEvents(
  constraints: EventDataConstraints,
): fc.Arbitrary<Record<string, unknown>> {
  const events = validAuditEvents({ ...constraints, maxLength: 3, fieldAtMaxLength: "never" });
  return fc.oneof(
    events.map((list) => ({ auditEvents: list[0] })),
    events.map((list) => ({ auditEvents: JSON.stringify(list) })),
    fc.constantFrom({ auditEvents: null }, { auditEvents: 1 }, { auditEvents: true }),
  );
}
