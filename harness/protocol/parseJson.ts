/** JSON text read: its value, or why it is not JSON. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses JSON without throwing: a SyntaxError, or a RangeError past the engine's nesting depth, is `ok: false`. */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The parsed value, or undefined when the text is not JSON (for readers that only look inside). */
export const jsonValueOf = (text: string): unknown => {
  const parsed = parseJson(text);
  return parsed.ok ? parsed.value : undefined;
};
