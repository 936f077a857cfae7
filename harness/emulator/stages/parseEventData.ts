import type { EventFailure, ParsedEventData } from "../stages.ts";
import { BoundedMemo } from "./boundedMemo.ts";

/** eventData by its exact text: mutants judges the same events under 21 readings (see parseBody's memo). */
const parsedEventData = new BoundedMemo<ParsedEventData | EventFailure>(32 * 1024 * 1024);

function parseText(eventData: string): ParsedEventData | EventFailure {
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

/** eventData is a JSON document serialised as a string, and the event schema wants an object. */
export function parseEventData(eventData: string): ParsedEventData | EventFailure {
  return parseText(eventData);
}

/** parseEventData's answer, memoised and deep-frozen (see memoisedParseBody). */
export function memoisedParseEventData(eventData: string): ParsedEventData | EventFailure {
  return parsedEventData.get(eventData, () => parseText(eventData));
}
