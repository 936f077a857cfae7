import fc from "fast-check";
import type { AuditEvent } from "../../generated/api.ts";
import { eventDataChecksum } from "../protocol/eventDataChecksum.ts";
import { formatJson } from "../protocol/formatJson.ts";
import { eventId } from "./eventId.ts";
import { type IntegrationEventDataConstraints, integrationEventData } from "./integrationEventData.ts";
import { jsonFormat } from "./jsonFormat.ts";

export interface AuditEventConstraints extends IntegrationEventDataConstraints {
  /** Whether eventDataChecksum (always correct) is sent: sometimes (default), always or never. */
  checksum?: "sometimes" | "always" | "never";
  /** Serialised eventData to use instead of a generated valid one. */
  eventData?: fc.Arbitrary<string>;
  /** Ids to use instead of `eventId()`. */
  id?: fc.Arbitrary<string>;
}

/**
 * Audit events: an id, eventData serialised from a valid event in a non-canonical JSON format now and then
 * (whitespace, member order, escapes: same meaning), and a correct checksum of that exact text, or none.
 */
export function auditEvent(constraints: AuditEventConstraints): fc.Arbitrary<AuditEvent> {
  const eventData =
    constraints.eventData ??
    fc.tuple(integrationEventData(constraints), jsonFormat()).map(([data, format]) => formatJson(data, format));
  const checksum = constraints.checksum ?? "sometimes";
  const withChecksum = checksum === "sometimes" ? fc.boolean() : fc.constant(checksum === "always");
  // A tuple rather than fc.record: no object of the parts (nor its prototype choice) is drawn and thrown away.
  return fc
    .tuple(constraints.id ?? eventId(), eventData, withChecksum)
    .map(([id, eventData, withChecksum]) =>
      withChecksum ? { id, eventData, eventDataChecksum: eventDataChecksum(eventData) } : { id, eventData },
    );
}
