import type { EventData } from "../../generated/api.ts";
import { utf8Bytes } from "./utf8Bytes.ts";

/**
 * `data` serialised to exactly `bytes` UTF-8 bytes (or its own size, if larger), padded in
 * `userIdentity.details.padding`, a place without a stated limit. The padding repeats `unit` (a string JSON
 * does not escape: ASCII letters or characters of 3 and 4 bytes) and ends with ASCII `x` to hit the count.
 * The text is JSON.stringify's, but only the small object goes through it: serialising the hundreds of
 * kilobytes of padding was most of the cost of drawing a sized body.
 */
export function eventDataOfBytes(data: EventData, bytes: number, unit = "x"): string {
  if (JSON.stringify(unit) !== `"${unit}"`) throw new Error(`padding unit ${JSON.stringify(unit)} needs JSON escapes`);
  const [head, tail] = aroundPadding(data);
  const missing = Math.max(0, bytes - utf8Bytes(head) - utf8Bytes(tail));
  const unitBytes = utf8Bytes(unit);
  const repeats = Math.floor(missing / unitBytes);
  return head + unit.repeat(repeats) + "x".repeat(missing - repeats * unitBytes) + tail;
}

/**
 * The serialised padded object before and after the padding's characters (its quotes included): serialised
 * with a stand-in padding, split where the stand-in is, one that no drawn string of `data` holds.
 */
function aroundPadding(data: EventData): [head: string, tail: string] {
  for (let attempt = 0; ; attempt += 1) {
    const quoted = JSON.stringify(`\u0000padding ${attempt}\u0000`);
    const marked = withPadding(data, JSON.parse(quoted) as string);
    const at = marked.indexOf(quoted);
    if (!marked.includes(quoted, at + 1)) return [marked.slice(0, at + 1), marked.slice(at + quoted.length - 1)];
  }
}

function withPadding(data: EventData, padding: string): string {
  return JSON.stringify({
    ...data,
    userIdentity: { ...data.userIdentity, details: { ...data.userIdentity.details, padding } },
  });
}
