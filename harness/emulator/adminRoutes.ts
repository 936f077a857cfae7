import type { IncomingMessage } from "node:http";
import type { EventStore } from "./eventStore.ts";
import { lakeEventFilterOf, lakeEventListing } from "./lakeEvent.ts";
import type { RequestHead, WireResponse } from "./stages.ts";

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
 * Answers `GET /_emulator/health`, `GET /_emulator/events` (each event in its stored shape; `?channelArn=`,
 * `?since=` and `?until=` narrow it) and `DELETE /_emulator/events`, or undefined for any other request.
 */
export function adminRoutes(
  req: IncomingMessage,
  head: Pick<RequestHead, "rawPath" | "rawQuery">,
  store: EventStore,
  info: EmulatorHealthInfo,
): WireResponse | undefined {
  const headers = { "content-type": "application/json" };
  if (head.rawPath === ADMIN_HEALTH_PATH && req.method === "GET") {
    return { status: 200, headers, body: { status: "ok", ...info, storedEvents: store.snapshot().total } };
  }
  if (head.rawPath !== ADMIN_EVENTS_PATH) return undefined;
  if (req.method === "GET") {
    const { total, events } = store.snapshot();
    return {
      status: 200,
      headers,
      body: { total, events: lakeEventListing(events, info.region, lakeEventFilterOf(head.rawQuery)) },
    };
  }
  if (req.method === "DELETE") {
    store.clear();
    return { status: 200, headers, body: store.snapshot() };
  }
  return undefined;
}
