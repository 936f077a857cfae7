import fc from "fast-check";
import { CANONICAL_JSON_FORMAT, type JsonFormat } from "../protocol/formatJson.ts";

export interface JsonFormatConstraints {
  /** Longest whitespace run at one structural position, in characters (default 3). */
  maxWhitespace?: number;
  /** Smallest `escapeEvery` other than 0 (default 3): bounds how much escapes can grow a text (at most 6x per escaped unit). */
  minEscapeEvery?: number;
  /** Only formats that differ from JSON.stringify's in every way at once: whitespace, order, escapes and `\/`. */
  nonCanonical?: boolean;
}

/** JSON's four whitespace characters (RFC 8259 `ws`). */
const JSON_WHITESPACE = [" ", "\t", "\n", "\r"] as const;

/**
 * Ways of writing JSON that do not change its meaning: whitespace, member order, `\uXXXX` escapes and `\/`.
 * The canonical form (JSON.stringify's) is one of the values, so a target is also tried with what it knows.
 */
export function jsonFormat(constraints: JsonFormatConstraints = {}): fc.Arbitrary<JsonFormat> {
  const maxWhitespace = constraints.maxWhitespace ?? 3;
  const minEscapeEvery = constraints.minEscapeEvery ?? 3;
  const strict = constraints.nonCanonical === true;
  const whitespaceRun = fc
    .array(fc.constantFrom(...JSON_WHITESPACE), { minLength: strict ? 1 : 0, maxLength: Math.max(1, maxWhitespace) })
    .map((chars) => chars.join(""));
  const orders: JsonFormat["memberOrder"][] = strict ? ["reversed", "rotated"] : ["as-given", "reversed", "rotated"];
  const escapeEvery = fc.integer({ min: minEscapeEvery, max: minEscapeEvery + 8 });
  // A tuple rather than fc.record: every format is an ordinary object of one shape (fc.record draws half of them
  // without a prototype), which formatJson reads several times per string it writes.
  const formatted = fc
    .tuple(
      fc.array(whitespaceRun, { minLength: 1, maxLength: 6 }),
      fc.constantFrom(...orders),
      strict ? escapeEvery : fc.oneof(fc.constant(0), escapeEvery),
      strict ? fc.constant(true) : fc.boolean(),
    )
    .map(
      ([whitespace, memberOrder, escapeEvery, escapeSlash]): JsonFormat => ({
        whitespace,
        memberOrder,
        escapeEvery,
        escapeSlash,
      }),
    );
  if (strict) return formatted;
  return fc.oneof({ arbitrary: formatted, weight: 4 }, { arbitrary: fc.constant(CANONICAL_JSON_FORMAT), weight: 1 });
}
