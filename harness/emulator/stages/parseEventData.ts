import type { EventFailure, ParsedEventData } from "../stages.ts";

/** eventData is a JSON document serialised as a string, and the event schema wants an object. */
export function parseEventData(eventData: string): ParsedEventData | EventFailure {
  let data: unknown;
  try {
    data = JSON.parse(eventData);
  } catch {
    return { errorCode: "InvalidData", errorMessage: "The eventData is not valid JSON." };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { errorCode: "InvalidData", errorMessage: "The eventData is not a JSON object." };
  }
  return { data: data as Record<string, unknown> };
}
