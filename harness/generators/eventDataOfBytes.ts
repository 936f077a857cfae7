import type { EventData } from "../../generated/api.ts";
import { utf8Bytes } from "./utf8Bytes.ts";

/**
 * `data` serialised to exactly `bytes` UTF-8 bytes (or its own size, if larger), padded in
 * `userIdentity.details.padding`, a place without a stated limit. The padding repeats `unit` (a string JSON
 * does not escape: ASCII letters or characters of 3 and 4 bytes) and ends with ASCII `x` to hit the count.
 */
export function eventDataOfBytes(data: EventData, bytes: number, unit = "x"): string {
  const withPadding = (padding: string): string =>
    JSON.stringify({
      ...data,
      userIdentity: { ...data.userIdentity, details: { ...data.userIdentity.details, padding } },
    });
  const missing = Math.max(0, bytes - utf8Bytes(withPadding("")));
  const unitBytes = utf8Bytes(unit);
  const repeats = Math.floor(missing / unitBytes);
  return withPadding(unit.repeat(repeats) + "x".repeat(missing - repeats * unitBytes));
}
