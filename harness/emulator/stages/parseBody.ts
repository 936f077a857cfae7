import { isAscii } from "node:buffer";
import { parseJson } from "../../protocol/parseJson.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { JsonObject } from "../stages.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The body as text, or undefined when it is not UTF-8. ASCII bytes read the same in Latin-1, which decodes without
 * checking each sequence: a third faster for a large body, and most bodies are ASCII.
 */
function utf8Text(bytes: Uint8Array): string | undefined {
  if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The body must be UTF-8 JSON whose top level is an object; JSON.parse keeps `__proto__` an own key. */
export function parseBody(bytes: Uint8Array): JsonObject | ErrorReply {
  const text = utf8Text(bytes);
  if (text === undefined) return errorReply("SerializationException", "The request body is not valid UTF-8.");
  const parsed = parseJson(text);
  if (!parsed.ok) return errorReply("SerializationException", "The request body is not valid JSON.");
  const { value } = parsed;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return errorReply("SerializationException", "The request body must be a JSON object.");
  }
  return value as JsonObject;
}
