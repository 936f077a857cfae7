import fc from "fast-check";

/** Hand-picked strings: 2-, 3- and 4-byte UTF-8 characters, non-BMP ones, JSON escapes and a NUL. */
const NOTABLE = [
  "é",
  "日本語",
  "👍",
  "𝄞 clef",
  "emoji 👩‍💻 zwj",
  'quote " and \\ backslash',
  "line\nbreak\ttab",
  "nul\u0000",
];

const SURROGATES = 0x800;
/**
 * Any Unicode scalar value (surrogates skipped). fast-check's own "binary" unit builds a table of all 1.1M code
 * points on first use (about 2 s and 85 MB); this maps an integer instead.
 */
const anyCodePoint = fc
  .integer({ min: 0, max: 0x10ffff - SURROGATES })
  .map((n) => String.fromCodePoint(n < 0xd800 ? n : n + SURROGATES));

export interface UnicodeTextConstraints {
  /** In code points; default 0. */
  minLength?: number;
  /** In code points. */
  maxLength: number;
}

/**
 * Short strings over every code point (no lone surrogates), often non-BMP, of minLength to maxLength code
 * points (minLength must be at most 24). A grapheme-ascii unit is one code point, so both bounds hold in code points.
 */
export function unicodeText(constraints: UnicodeTextConstraints): fc.Arbitrary<string> {
  const minLength = constraints.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(constraints.maxLength, 24));
  const notable = NOTABLE.filter((text) => [...text].length <= constraints.maxLength && [...text].length >= minLength);
  return fc.oneof(
    fc.string({ unit: anyCodePoint, minLength, maxLength }),
    fc.string({ unit: "grapheme-ascii", minLength, maxLength }),
    fc.constantFrom(...notable),
  );
}
