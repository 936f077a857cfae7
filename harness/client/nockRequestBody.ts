const LOWER_HEX = /^(?:[0-9a-f]{2})+$/;

/**
 * The bytes of a request body from the text nock hands over: UTF-8 when the bytes round-trip through UTF-8,
 * lower-case hex otherwise. Hex is read back only when its bytes would not have round-tripped, since nock
 * would have given text for them; a text body of hex digits that decodes to invalid UTF-8 stays ambiguous.
 */
export function nockRequestBody(text: string): Uint8Array {
  if (LOWER_HEX.test(text)) {
    const bytes = Buffer.from(text, "hex");
    if (!Buffer.from(bytes.toString("utf8"), "utf8").equals(bytes)) return new Uint8Array(bytes);
  }
  return new TextEncoder().encode(text);
}
