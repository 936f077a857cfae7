import type { EventStore } from "./eventStore.ts";
import { eventsListing, parseListingRequest } from "./eventsListing.ts";
import type { RequestHead, WireResponse } from "./stages.ts";
import type { StreamedResponse } from "./writeStreamedResponse.ts";

/** Where a test reads or clears what the emulator stored; not part of the AWS API. */
export const ADMIN_EVENTS_PATH = "/_emulator/events";

/**
 * Answers `GET /_emulator/events` (streamed: `?limit=`, `cursor`, `channelArn`, `since`, `until`; NDJSON with
 * `Accept: application/x-ndjson`) and `DELETE /_emulator/events`, or undefined for any other request.
 */
export function adminRoutes(head: RequestHead, store: EventStore): WireResponse | StreamedResponse | undefined {
  if (head.rawPath !== ADMIN_EVENTS_PATH) return undefined;
  const headers = { "content-type": "application/json" };
  if (head.method === "GET") {
    const request = parseListingRequest(head.rawQuery, head.headers.accept);
    if ("problem" in request) return { status: 400, headers, body: { message: request.problem } };
    return eventsListing(store, request);
  }
  if (head.method === "DELETE") {
    store.clear();
    return { status: 200, headers, body: { ...store.stats(), events: [] } };
  }
  return undefined;
}
