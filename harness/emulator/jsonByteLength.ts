/** Bytes of one JSON token (a string, number, boolean or null) as JSON.stringify writes it, in UTF-8. */
function scalarBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "null", "utf8");
}

/**
 * `Buffer.byteLength(JSON.stringify(value))` for a value JSON.parse produced, without recursion: eventData
 * nested a hundred thousand levels deep fits in 256 kB and would overflow JSON.stringify's stack (a 500).
 */
export function jsonByteLength(value: unknown): number {
  let bytes = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (Array.isArray(next)) {
      // Brackets and the commas between items.
      bytes += 2 + Math.max(0, next.length - 1);
      for (const item of next) pending.push(item);
    } else if (typeof next === "object" && next !== null) {
      const entries = Object.entries(next);
      // Braces, commas, and a colon per member.
      bytes += 2 + Math.max(0, entries.length - 1) + entries.length;
      for (const [key, item] of entries) {
        bytes += scalarBytes(key);
        pending.push(item);
      }
    } else {
      bytes += scalarBytes(next);
    }
  }
  return bytes;
}
