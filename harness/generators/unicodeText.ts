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
  /** In code points. */
  maxLength: number;
}

/** Short strings over every code point (no lone surrogates), often non-BMP, never longer than maxLength code points. */
export function unicodeText(constraints: UnicodeTextConstraints): fc.Arbitrary<string> {
  const notable = NOTABLE.filter((text) => [...text].length <= constraints.maxLength);
  return fc.oneof(
    fc.string({ unit: anyCodePoint, maxLength: Math.min(constraints.maxLength, 24) }),
    fc.string({ unit: "grapheme-ascii", maxLength: Math.min(constraints.maxLength, 24) }),
    fc.constantFrom(...notable),
  );
}
