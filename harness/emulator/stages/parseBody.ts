import { parseJson } from "../../protocol/parseJson.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { JsonObject } from "../stages.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The body must be UTF-8 JSON whose top level is an object; JSON.parse keeps `__proto__` an own key. */
export function parseBody(bytes: Uint8Array): JsonObject | ErrorReply {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return errorReply("SerializationException", "The request body is not valid UTF-8.");
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return errorReply("SerializationException", "The request body is not valid JSON.");
  const { value } = parsed;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return errorReply("SerializationException", "The request body must be a JSON object.");
  }
  return value as JsonObject;
}
