import fc from "fast-check";
import type { AuditEvent } from "../../generated/api.ts";
import { EVENT_ID } from "../../generated/constants.ts";
import { auditEvent } from "./auditEvent.ts";
import { builtPerKey } from "./builtPerKey.ts";
import { eventId } from "./eventId.ts";
import type { IntegrationEventDataConstraints } from "./integrationEventData.ts";

const LETTERS = [..."abcdefghijklmnopqrstuvwxyz"];

/**
 * Valid batches whose ids come in pairs equal except for letter case (`a-1` and `A-1`): distinct ids, since
 * the pattern `^[-_A-Za-z0-9]+$` tells upper from lower case.
 */
export function auditEventsWithIdsDifferingInCase(
  constraints: IntegrationEventDataConstraints,
): fc.Arbitrary<AuditEvent[]> {
  const base = fc
    .tuple(fc.constantFrom(...LETTERS), eventId({ maxLength: EVENT_ID.maxLength - 1 }))
    .map(([letter, rest]) => `${letter}${rest}`.toLowerCase());
  // One event arbitrary for every id (the id set afterwards), not one built per id of every value drawn.
  const event = auditEvent({ ...constraints, fieldAtMaxLength: "never", id: fc.constant("") });
  const eventsOf = builtPerKey((count: number) => fc.array(event, { minLength: count, maxLength: count }));
  return fc
    .uniqueArray(base, { minLength: 1, maxLength: 4 })
    .chain((ids) => {
      const pairs = ids.flatMap((id) => [id, id.toUpperCase()]);
      return eventsOf(pairs.length).map((events) =>
        events.map((drawn, index) => ({ ...drawn, id: pairs[index] ?? drawn.id })),
      );
    })
    .chain((events) => fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }));
}
