import { auditEventsOf } from "../auditEventsOf.ts";

/** The string ids of a request body's events, in order; empty when the body is not a JSON object of events. */
export function requestIds(body: Uint8Array): string[] {
  try {
    const events = auditEventsOf(JSON.parse(new TextDecoder().decode(body))) ?? [];
    return events
      .map((event) => (event as { id?: unknown } | null)?.id)
      .filter((id): id is string => typeof id === "string");
  } catch {
    return [];
  }
}
