import fc from "fast-check";
import type { AuditEvent } from "../../generated/api.ts";
import { EVENTS_PER_REQUEST } from "../../generated/constants.ts";
import type { IntegrationEventDataConstraints } from "./integrationEventData.ts";
import { validAuditEvents } from "./validAuditEvents.ts";

type Duplication = (events: AuditEvent[], at: number) => AuditEvent[];

/** Where the repeated id goes: next to its twin, at the far end, many times, or as a whole repeated event. */
const DUPLICATIONS: readonly Duplication[] = [
  (events, at) =>
    events.map((event, index) => (index === at + 1 ? { ...event, id: events[at]?.id ?? event.id } : event)),
  (events) =>
    events.map((event, index) => (index === events.length - 1 ? { ...event, id: events[0]?.id ?? event.id } : event)),
  (events, at) => events.map((event, index) => (index > at ? { ...event, id: events[at]?.id ?? event.id } : event)),
  (events, at) => events.map((event, index) => (index === events.length - 1 ? (events[at] ?? event) : event)),
];

/**
 * Lists of 2..EVENTS_PER_REQUEST.maxItems otherwise valid events where at least one id appears twice
 * (`at` is never the last index, so every duplication repeats an id).
 */
export function auditEventsWithDuplicateIds(constraints: IntegrationEventDataConstraints): fc.Arbitrary<AuditEvent[]> {
  const events = validAuditEvents({
    ...constraints,
    minLength: 2,
    maxLength: EVENTS_PER_REQUEST.maxItems,
    fieldAtMaxLength: "never",
  });
  return events.chain((list) =>
    fc
      .tuple(fc.constantFrom(...DUPLICATIONS), fc.nat({ max: list.length - 2 }))
      .map(([duplicate, at]) => duplicate(list, at)),
  );
}
