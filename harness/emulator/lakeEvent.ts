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

/** What `GET /_emulator/events` may be narrowed to: one channel, an ingestion-time window. */
export interface LakeEventFilter {
  channelArn?: string;
  /** ISO 8601, inclusive. */
  since?: string;
  /** ISO 8601, exclusive. */
  until?: string;
}

export function lakeEventFilterOf(rawQuery: string): LakeEventFilter {
  const params = new URLSearchParams(rawQuery);
  const pick = (name: string) => params.get(name) ?? undefined;
  const filter: LakeEventFilter = {};
  for (const name of ["channelArn", "since", "until"] as const) {
    const value = pick(name);
    if (value !== undefined) filter[name] = value;
  }
  return filter;
}

/** The stored events the filter keeps, each in its stored shape, with the source's own `id` kept beside. */
export function lakeEventListing(events: readonly StoredEvent[], awsRegion: string, filter: LakeEventFilter) {
  const since = filter.since === undefined ? -Infinity : Date.parse(filter.since);
  const until = filter.until === undefined ? Infinity : Date.parse(filter.until);
  return events
    .filter((event) => filter.channelArn === undefined || event.channelArn === filter.channelArn)
    .filter((event) => {
      const time = Date.parse(event.ingestionTime);
      return time >= since && time < until;
    })
    .map((event) => ({ id: event.id, ...lakeEvent(event, awsRegion) }));
}
