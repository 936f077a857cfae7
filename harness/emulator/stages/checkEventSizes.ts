import { EVENT_DATA_OBJECT_BYTE_LIMITS, EVENT_SIZE_LIMIT } from "../../../generated/constants.ts";
import { jsonByteLength } from "../jsonByteLength.ts";
import type { EventFailure, JsonObject } from "../stages.ts";

/** The spec bounds each limit; the emulator sits on the largest size certainly within the unknown window. */
const MAX_EVENT_BYTES = EVENT_SIZE_LIMIT.certainlyBeyond - 1;

/** The object members with a byte limit of their own, as `[name, largest accepted size]`. */
const OBJECT_LIMITS = Object.entries(EVENT_DATA_OBJECT_BYTE_LIMITS).map(
  ([path, limit]) => [path.slice(1), path, limit.certainlyBeyond - 1] as const,
);

const tooLong = (errorMessage: string): EventFailure => ({ errorCode: "FieldTooLong", errorMessage });

/** "Each event is not greater than 256 kB", and the objects inside it have their own byte limits. */
export function checkEventSizes(eventData: string, data: JsonObject): EventFailure | undefined {
  const eventBytes = Buffer.byteLength(eventData, "utf8");
  if (eventBytes > MAX_EVENT_BYTES)
    return tooLong(`The eventData is ${eventBytes} bytes; at most ${MAX_EVENT_BYTES} are accepted.`);
  for (const [name, path, max] of OBJECT_LIMITS) {
    const value = data[name];
    if (typeof value !== "object" || value === null) continue;
    const bytes = jsonByteLength(value);
    if (bytes > max) return tooLong(`Field ${path} is ${bytes} bytes serialised; at most ${max} are accepted.`);
  }
  return undefined;
}
