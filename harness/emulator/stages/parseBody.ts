import { isAscii } from "node:buffer";
import { parseJson } from "../../protocol/parseJson.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { JsonObject } from "../stages.ts";
import { BoundedMemo } from "./boundedMemo.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bodies by their bytes read as Latin-1 (one character per byte, so the key is exact). mutants replays the same
 * bodies under 21 readings and 92 faults: 64 MB holds one pass of them.
 */
const parsedBodies = new BoundedMemo<JsonObject | ErrorReply>(64 * 1024 * 1024);

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

/**
 * The body as text, or undefined when it is not UTF-8. ASCII bytes read the same in Latin-1, which decodes without
 * checking each sequence: a third faster for a large body, and most bodies are ASCII.
 */
function utf8Text(bytes: Uint8Array, asLatin1?: string): string | undefined {
  if (isAscii(bytes)) return asLatin1 ?? latin1(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function parseText(text: string | undefined): JsonObject | ErrorReply {
  if (text === undefined) return errorReply("SerializationException", "The request body is not valid UTF-8.");
  const parsed = parseJson(text);
  if (!parsed.ok) return errorReply("SerializationException", "The request body is not valid JSON.");
  const { value } = parsed;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return errorReply("SerializationException", "The request body must be a JSON object.");
  }
  return value as JsonObject;
}

/** The body must be UTF-8 JSON whose top level is an object; JSON.parse keeps `__proto__` an own key. */
export function parseBody(bytes: Uint8Array): JsonObject | ErrorReply {
  return parseText(utf8Text(bytes));
}

/**
 * parseBody's answer, memoised and deep-frozen (callers build new values rather than write to it). Freezing costs
 * about what parsing does, so only an emulator that sees the same bodies again (mutants') uses it.
 */
export function memoisedParseBody(bytes: Uint8Array): JsonObject | ErrorReply {
  const key = latin1(bytes);
  return parsedBodies.get(key, () => parseText(utf8Text(bytes, key)));
}
