import type { StoredEvent } from "./eventStore.ts";

/** The event version the emulator stamps; CloudTrail documents the field, not its value. */
export const LAKE_EVENT_VERSION = "1.0";

/** An event as CloudTrail Lake stores an integration event: CloudTrail's fields around the source's eventData. */
export interface LakeEvent {
  eventVersion: string;
  eventCategory: "ActivityAuditLog";
  eventType: "ActivityLog";
  eventID: string;
  eventTime?: unknown;
  awsRegion: string;
  recipientAccountId?: unknown;
  eventData: unknown;
  metadata: { ingestionTime: string; channelARN: string };
}

/**
 * The stored shape of an ingested event (CloudTrail user guide, "CloudTrail Lake integrations event schema"):
 * eventData as the source sent it, plus eventVersion, eventCategory, eventType, eventID, eventTime, awsRegion,
 * recipientAccountId and metadata (ingestionTime, channelARN), which CloudTrail adds after ingestion.
 */
export function lakeEvent(stored: StoredEvent, awsRegion: string): LakeEvent {
  const eventData = JSON.parse(stored.eventData) as Record<string, unknown>;
  return {
    eventVersion: LAKE_EVENT_VERSION,
    eventCategory: "ActivityAuditLog",
    eventType: "ActivityLog",
    eventID: stored.eventID,
    eventTime: eventData.eventTime,
    awsRegion,
    recipientAccountId: eventData.recipientAccountId,
    eventData,
    metadata: { ingestionTime: stored.ingestionTime, channelARN: stored.channelArn },
  };
}
