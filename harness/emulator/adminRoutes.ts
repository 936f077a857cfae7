import type { IncomingMessage } from "node:http";
import type { EventStore } from "./eventStore.ts";
import type { WireResponse } from "./stages.ts";

/** Where a test reads or clears what the emulator stored; not part of the AWS API. */
export const ADMIN_EVENTS_PATH = "/_emulator/events";

/** Answers `GET` and `DELETE /_emulator/events`, or undefined for any other request. */
export function adminRoutes(req: IncomingMessage, path: string, store: EventStore): WireResponse | undefined {
  if (path !== ADMIN_EVENTS_PATH) return undefined;
  const headers = { "content-type": "application/json" };
  if (req.method === "GET") return { status: 200, headers, body: store.snapshot() };
  if (req.method === "DELETE") {
    store.clear();
    return { status: 200, headers, body: store.snapshot() };
  }
  return undefined;
}
