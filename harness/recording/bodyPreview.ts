export const DEFAULT_PREVIEW_BYTES = 2048;

const decoder = new TextDecoder("utf-8");

/**
 * The first `limit` bytes as UTF-8, cut back to a character boundary, with a marker counting what was left out
 * (of `totalBytes`, which may exceed the bytes held when the sender already capped the body).
 */
export function bodyPreview(bytes: Uint8Array, limit = DEFAULT_PREVIEW_BYTES, totalBytes = bytes.byteLength): string {
  if (totalBytes <= limit && bytes.byteLength <= limit) return decoder.decode(bytes);
  let cut = Math.min(limit, bytes.byteLength);
  // Back off over UTF-8 continuation bytes (10xxxxxx) so no character is split.
  while (cut > 0 && cut < bytes.byteLength && ((bytes[cut] ?? 0) & 0xc0) === 0x80) cut -= 1;
  return `${decoder.decode(bytes.subarray(0, cut))}…[${totalBytes - cut} more bytes]`;
}
