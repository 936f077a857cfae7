import type { AuditEvent } from "../../../generated/api.ts";
import { clip } from "../clip.ts";
import { type ErrorReply, errorReply } from "../reply.ts";

/** Ids are unique within a request; the first repeated one is named. */
export function checkDuplicateIds(events: readonly AuditEvent[]): ErrorReply | undefined {
  const seen = new Set<string>();
  const repeated = events.find((event) => seen.has(event.id) || !seen.add(event.id));
  if (repeated === undefined) return undefined;
  return errorReply(
    "DuplicatedAuditEventId",
    `Two or more entries in the request have the same event ID: ${clip(repeated.id)}.`,
  );
}
