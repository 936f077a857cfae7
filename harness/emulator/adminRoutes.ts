import type { EventStore } from "./eventStore.ts";
import { eventsListing, parseListingRequest } from "./eventsListing.ts";
import type { RequestHead, WireResponse } from "./stages.ts";
import type { StreamedResponse } from "./writeStreamedResponse.ts";

/** Where a test reads or clears what the emulator stored; not part of the AWS API. */
export const ADMIN_EVENTS_PATH = "/_emulator/events";
/** Liveness and settings, for orchestration (compose health checks, CI waits). */
export const ADMIN_HEALTH_PATH = "/_emulator/health";

/** What the health answer reports besides the store's count. */
export interface EmulatorHealthInfo {
  region: string;
  auth: string;
  faults: readonly string[];
  durable: boolean;
  startedAt: string;
}

/**
 * Answers `GET /_emulator/health`, `GET /_emulator/events` (each event in its stored shape, streamed:
 * `?limit=`, `cursor`, `channelArn`, `since`, `until`; NDJSON with `Accept: application/x-ndjson`) and
 * `DELETE /_emulator/events`, or undefined for any other request. The settings are asked for only by those routes.
 */
export function adminRoutes(
  head: RequestHead,
  store: EventStore,
  info: () => EmulatorHealthInfo,
): WireResponse | StreamedResponse | undefined {
  const headers = { "content-type": "application/json" };
  if (head.rawPath === ADMIN_HEALTH_PATH && head.method === "GET") {
    return { status: 200, headers, body: { status: "ok", ...info(), storedEvents: store.stats().stored } };
  }
  if (head.rawPath !== ADMIN_EVENTS_PATH) return undefined;
  if (head.method === "GET") {
    const request = parseListingRequest(head.rawQuery, head.headers.accept);
    if ("problem" in request) return { status: 400, headers, body: { message: request.problem } };
    return eventsListing(store, request, info().region);
  }
  if (head.method === "DELETE") {
    store.clear();
    return { status: 200, headers, body: { ...store.stats(), events: [] } };
  }
  return undefined;
}
