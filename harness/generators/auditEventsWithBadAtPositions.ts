import fc from "fast-check";
import type { AuditEvent } from "../../generated/api.ts";
import { EVENTS_PER_REQUEST } from "../../generated/constants.ts";
import { builtPerKey } from "./builtPerKey.ts";
import type { IntegrationEventDataConstraints } from "./integrationEventData.ts";
import { validAuditEvents } from "./validAuditEvents.ts";

/** Where in a batch a bad event goes. */
export type BatchPosition = "first" | "middle" | "last";
export const BATCH_POSITIONS: readonly BatchPosition[] = ["first", "middle", "last"];

export interface AuditEventsWithBadAtPositionsConstraints extends IntegrationEventDataConstraints {
  /** A bad event given the valid event it replaces (its id and eventData), e.g. the same id with a wrong checksum. */
  bad: (replaced: AuditEvent) => fc.Arbitrary<Record<string, unknown>>;
  /** Smallest batch (default 4: first, middle and last bad, and one valid event at least). */
  minLength?: number;
}

export interface AuditEventsWithBadAtPositions {
  auditEvents: Record<string, unknown>[];
  positions: BatchPosition[];
  /** The ids the bad events carry (those that carry a string id). */
  badIds: string[];
  /** Where the bad events are, as indexes into auditEvents. */
  badIndexes: number[];
}

const indexOf = (position: BatchPosition, length: number) =>
  position === "first" ? 0 : position === "last" ? length - 1 : Math.floor(length / 2);

/**
 * Batches of valid events, ids unique, with bad events at the first, the middle and/or the last position
 * (all three in about half the values). Batch sizes reach 4, past 25 (a write page) and the maximum of 100.
 */
export function auditEventsWithBadAtPositions(
  constraints: AuditEventsWithBadAtPositionsConstraints,
): fc.Arbitrary<AuditEventsWithBadAtPositions> {
  const minLength = Math.max(constraints.minLength ?? 4, BATCH_POSITIONS.length + 1);
  const maxLength = EVENTS_PER_REQUEST.maxItems;
  const length = fc.oneof(
    fc.constantFrom(minLength, 26, 50, maxLength),
    fc.integer({ min: minLength, max: maxLength }),
  );
  const positions = fc.oneof(fc.constant([...BATCH_POSITIONS]), fc.subarray([...BATCH_POSITIONS], { minLength: 1 }));
  const batchOf = builtPerKey((count: number) =>
    validAuditEvents({ ...constraints, minLength: count, maxLength: count, fieldAtMaxLength: "never" }),
  );
  return fc.tuple(length, positions).chain(([count, where]) =>
    batchOf(count).chain((events) =>
      fc
        .tuple(...where.map((position) => constraints.bad(events[indexOf(position, count)] as AuditEvent)))
        .map((bads) => {
          const auditEvents: Record<string, unknown>[] = [...events];
          where.forEach((position, index) => {
            auditEvents[indexOf(position, count)] = bads[index] ?? {};
          });
          const badIds = bads.flatMap((bad) => (typeof bad?.id === "string" ? [bad.id] : []));
          const badIndexes = [...new Set(where.map((position) => indexOf(position, count)))];
          return { auditEvents, positions: [...where], badIds, badIndexes };
        }),
    ),
  );
}
