import fc from "fast-check";
import { EVENTS_PER_REQUEST } from "../../generated/constants.ts";
import { auditEvent } from "./auditEvent.ts";
import { builtPerKey } from "./builtPerKey.ts";
import { eventId } from "./eventId.ts";
import type { IntegrationEventDataConstraints } from "./integrationEventData.ts";

export interface AuditEventsWithPlantedConstraints extends IntegrationEventDataConstraints {
  /** The events to plant, as plain objects. */
  planted: fc.Arbitrary<Record<string, unknown>>;
  /** "assign": give planted events fresh unique ids (default); "keep": leave their own `id` (or its absence). */
  plantedIds?: "assign" | "keep";
  /** Default 1. */
  minPlanted?: number;
  /** Default 3. */
  maxPlanted?: number;
  /** Valid events besides the planted ones: 1 to this many (default 8). */
  maxValid?: number;
}

export interface AuditEventsWithPlanted {
  auditEvents: Record<string, unknown>[];
  /** The ids given to planted events (when assigned, or kept and a string). */
  plantedIds: string[];
  /** How many events were planted. */
  plantedCount: number;
}

/**
 * Batches mixing at least one valid event with planted ones, in shuffled order, ids unique across the batch
 * and the count within EVENTS_PER_REQUEST, so a target that fails or refuses everything is caught.
 */
export function auditEventsWithPlanted(
  constraints: AuditEventsWithPlantedConstraints,
): fc.Arbitrary<AuditEventsWithPlanted> {
  const minPlanted = constraints.minPlanted ?? 1;
  const maxPlanted = constraints.maxPlanted ?? 3;
  const maxValid = Math.min(constraints.maxValid ?? 8, EVENTS_PER_REQUEST.maxItems - maxPlanted);
  const valid = auditEvent({ ...constraints, fieldAtMaxLength: "never" });
  const idsOf = builtPerKey((count: number) => fc.uniqueArray(eventId(), { minLength: count, maxLength: count }));
  return fc
    .record({
      valid: fc.array(valid, { minLength: 1, maxLength: maxValid }),
      planted: fc.array(constraints.planted, { minLength: minPlanted, maxLength: maxPlanted }),
    })
    .chain(({ valid, planted }) =>
      idsOf(valid.length + planted.length)
        .map((ids) => {
          const assign = constraints.plantedIds !== "keep";
          const validEvents = valid.map((event, index) => ({ ...event, id: ids[index] ?? event.id }));
          const plantedEvents = planted.map((event, index) =>
            assign ? { ...event, id: ids[valid.length + index] } : event,
          );
          const plantedIds = plantedEvents.flatMap((event) => (typeof event.id === "string" ? [event.id] : []));
          return { validEvents, plantedEvents, plantedIds };
        })
        .chain(({ validEvents, plantedEvents, plantedIds }) => {
          const all: Record<string, unknown>[] = [...validEvents, ...plantedEvents];
          return fc
            .shuffledSubarray(all, { minLength: all.length, maxLength: all.length })
            .map((auditEvents) => ({ auditEvents, plantedIds, plantedCount: plantedEvents.length }));
        }),
    );
}
