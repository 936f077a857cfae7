import { EVENT_DATA_OBJECT_BYTE_LIMITS, EVENT_SIZE_LIMIT } from "../../../generated/constants.ts";
import { jsonByteLength } from "../jsonByteLength.ts";
import type { EventFailure, JsonObject } from "../stages.ts";

/** The spec bounds each limit; the emulator sits on the largest size certainly within the unknown window. */
const MAX_EVENT_BYTES = EVENT_SIZE_LIMIT.certainlyBeyond - 1;

const tooLong = (errorMessage: string): EventFailure => ({ errorCode: "FieldTooLong", errorMessage });

/** "Each event is not greater than 256 kB", and the objects inside it have their own byte limits. */
export function checkEventSizes(eventData: string, data: JsonObject): EventFailure | undefined {
  const eventBytes = Buffer.byteLength(eventData, "utf8");
  if (eventBytes > MAX_EVENT_BYTES)
    return tooLong(`The eventData is ${eventBytes} bytes; at most ${MAX_EVENT_BYTES} are accepted.`);
  for (const [path, limit] of Object.entries(EVENT_DATA_OBJECT_BYTE_LIMITS)) {
    const value = data[path.slice(1)];
    if (typeof value !== "object" || value === null) continue;
    const bytes = jsonByteLength(value);
    const max = limit.certainlyBeyond - 1;
    if (bytes > max) return tooLong(`Field ${path} is ${bytes} bytes serialised; at most ${max} are accepted.`);
  }
  return undefined;
}
