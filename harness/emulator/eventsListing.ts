import type { EventStore, SequencedEvent, StoredEventsFilter } from "./eventStore.ts";
import { lakeEvent } from "./lakeEvent.ts";
import type { StreamedResponse } from "./writeStreamedResponse.ts";

/** `Accept` for one event per line, all of them unless `limit` says otherwise. */
export const NDJSON_TYPE = "application/x-ndjson";
/** A JSON page holds this many events unless `limit` says otherwise. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 10_000;

/** What `GET /_emulator/events` was asked for. */
export interface ListingRequest {
  filter: StoredEventsFilter;
  /** Undefined: no bound (NDJSON only). */
  limit: number | undefined;
  ndjson: boolean;
}

/** A query parameter that cannot be read: the message of a 400. */
export interface ListingQueryProblem {
  problem: string;
}

const WHOLE = /^\d{1,15}$/;

function isoTime(name: string, value: string): string | ListingQueryProblem {
  const time = Date.parse(value);
  return Number.isNaN(time)
    ? { problem: `${name} must be a date and time, got "${value}"` }
    : new Date(time).toISOString();
}

/** Reads `limit`, `cursor`, `channelArn`, `since` and `until`; other parameters are ignored. */
export function parseListingRequest(
  rawQuery: string,
  accept: string | undefined,
): ListingRequest | ListingQueryProblem {
  const query = new URLSearchParams(rawQuery);
  const ndjson = accept?.toLowerCase().includes(NDJSON_TYPE) ?? false;
  const filter: StoredEventsFilter = {};
  const limitText = query.get("limit");
  let limit = ndjson ? undefined : DEFAULT_PAGE_SIZE;
  if (limitText !== null) {
    limit = WHOLE.test(limitText) ? Number(limitText) : 0;
    if (limit < 1 || limit > MAX_PAGE_SIZE)
      return { problem: `limit takes a whole number from 1 to ${MAX_PAGE_SIZE}, got "${limitText}"` };
  }
  const cursor = query.get("cursor");
  if (cursor !== null) {
    if (!WHOLE.test(cursor)) return { problem: `cursor must be a nextCursor from an earlier page, got "${cursor}"` };
    filter.afterSeq = Number(cursor);
  }
  const channelArn = query.get("channelArn");
  if (channelArn !== null) filter.channelArn = channelArn;
  for (const name of ["since", "until"] as const) {
    const value = query.get(name);
    if (value === null) continue;
    const time = isoTime(name, value);
    if (typeof time !== "string") return time;
    filter[name] = time;
  }
  return { filter, limit, ndjson };
}

/** One listed event: its place in the order, the source's own id, and the event as CloudTrail Lake stores it. */
const lineIn =
  (awsRegion: string) =>
  ({ seq, event }: SequencedEvent): string =>
    JSON.stringify({ seq, id: event.id, ...lakeEvent(event, awsRegion) });

function* taken(events: Iterator<SequencedEvent>, limit: number | undefined, last: { seq?: number; more: boolean }) {
  for (let count = 0; limit === undefined || count < limit; count += 1) {
    const next = events.next();
    if (next.done) return;
    last.seq = next.value.seq;
    yield next.value;
  }
  last.more = events.next().done !== true;
}

function* ndjsonChunks(events: Iterable<SequencedEvent>, line: (event: SequencedEvent) => string) {
  for (const event of events) yield `${line(event)}\n`;
}

/** `{"total","evicted","stored","events":[...],"nextCursor"}`, written one event at a time. */
function* pageChunks(
  head: object,
  events: Iterable<SequencedEvent>,
  line: (event: SequencedEvent) => string,
  last: { seq?: number; more: boolean },
) {
  yield `${JSON.stringify(head).slice(0, -1)},"events":[`;
  let first = true;
  for (const event of events) {
    yield first ? line(event) : `,${line(event)}`;
    first = false;
  }
  yield `],"nextCursor":${last.more && last.seq !== undefined ? JSON.stringify(String(last.seq)) : "null"}}`;
}

/**
 * The stored events as a stream, never one string: NDJSON (one `{seq, ...event}` per line) or a JSON page
 * whose `nextCursor` fetches the next one. Both say, in the body or in `x-pae-*` headers, how many events
 * were ingested and how many the store's bounds evicted.
 */
export function eventsListing(store: EventStore, request: ListingRequest, awsRegion: string): StreamedResponse {
  const line = lineIn(awsRegion);
  const { total, evicted, stored } = store.stats();
  const counts = { "x-pae-total": String(total), "x-pae-evicted": String(evicted), "x-pae-stored": String(stored) };
  const last: { seq?: number; more: boolean } = { more: false };
  const events = taken(store.events(request.filter), request.limit, last);
  if (request.ndjson) {
    return { status: 200, headers: { "content-type": NDJSON_TYPE, ...counts }, chunks: ndjsonChunks(events, line) };
  }
  const head = { total, evicted, stored };
  return {
    status: 200,
    headers: { "content-type": "application/json", ...counts },
    chunks: pageChunks(head, events, line, last),
  };
}
