import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonFormat } from "../generators/jsonFormat.ts";
import { CANONICAL_JSON_FORMAT, formatJson, type JsonFormat } from "./formatJson.ts";

const VALUE = { b: 'a/é🚀\n"\\', a: [1, null, true, { c: "" }], d: {} };
const format = (changes: Partial<JsonFormat>): JsonFormat => ({ ...CANONICAL_JSON_FORMAT, ...changes });

/** The escaping rule stated plainly, one code point at a time: the oracle of the faster writer. */
function escapedPlainly(value: string, given: JsonFormat): string {
  let count = 0;
  let out = "";
  for (const char of value) {
    count += 1;
    const code = char.codePointAt(0) ?? 0;
    const lone = char.length === 1 && code >= 0xd800 && code <= 0xdfff;
    if (code < 0x20 || char === '"' || char === "\\" || lone) out += JSON.stringify(char).slice(1, -1);
    else if (char === "/" && given.escapeSlash) out += "\\/";
    else if (given.escapeEvery > 0 && count % given.escapeEvery === 0)
      out += [...Array(char.length).keys()]
        .map((unit) => `\\u${char.charCodeAt(unit).toString(16).padStart(4, "0")}`)
        .join("");
    else out += char;
  }
  return `"${out}"`;
}

/** Characters that escape differently: quotes, backslash, slash, controls, lone and paired surrogates, any code point. */
const trickyUnit = fc.oneof(
  fc.constantFrom('"', "\\", "/", "\n", "\u0001", "\ud800", "\udfff", "🚀", "a"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
/** Short strings, and long ones (256 units or more), which are written another way. */
const trickyString = fc.oneof(
  fc.string({ unit: trickyUnit, maxLength: 40 }),
  fc.string({ unit: trickyUnit, minLength: 256, maxLength: 600 }),
);

describe("formatJson", () => {
  const small = { x: [1, 2], z: 1 };
  it.each<[string, { value: unknown; given: JsonFormat; want: string }]>([
    [
      "writes the canonical form as JSON.stringify does",
      { value: VALUE, given: CANONICAL_JSON_FORMAT, want: JSON.stringify(VALUE) },
    ],
    [
      "escapes / as \\/",
      { value: VALUE, given: format({ escapeSlash: true }), want: JSON.stringify(VALUE).replace("/", "\\/") },
    ],
    [
      "puts whitespace around every token, in turn",
      { value: small, given: format({ whitespace: [" ", "\n"] }), want: ' {\n"x"\n: [\n1 ,\n2 ] ,\n"z"\n: 1 }\n' },
    ],
    ["reverses members", { value: small, given: format({ memberOrder: "reversed" }), want: '{"z":1,"x":[1,2]}' }],
    [
      "rotates members",
      { value: { a: 1, b: 2, c: 3 }, given: format({ memberOrder: "rotated" }), want: '{"b":2,"c":3,"a":1}' },
    ],
    [
      "writes every second character as a \\u escape",
      { value: "abcd", given: format({ escapeEvery: 2 }), want: '"a\\u0062c\\u0064"' },
    ],
    [
      "keeps JSON.stringify's own escape for a character at an escaped position",
      { value: 'a\n"/', given: format({ escapeEvery: 1, escapeSlash: true }), want: '"\\u0061\\n\\"\\/"' },
    ],
    [
      "escapes a lone surrogate wherever it is and counts it as one character",
      { value: "\udc00ab\ud800", given: format({ escapeEvery: 2 }), want: '"\\udc00\\u0061b\\ud800"' },
    ],
    [
      "counts a surrogate pair as one character, left as is between escaped positions",
      { value: "🚀a🚀b", given: format({ escapeEvery: 2 }), want: '"🚀\\u0061🚀\\u0062"' },
    ],
  ])("%s", (_name, { value, given, want }) => {
    expect(formatJson(value, given)).toBe(want);
  });

  it("escapes characters as \\uXXXX, astral ones as surrogate pairs", () => {
    expect(formatJson("a🚀", format({ escapeEvery: 1 }))).toBe('"\\u0061\\ud83d\\ude80"');
  });

  it("writes each string exactly as the rule stated one code point at a time does (seed 20261125)", () => {
    fc.assert(
      fc.property(trickyString, jsonFormat({ minEscapeEvery: 1 }), (value, chosen) => {
        expect(formatJson(value, { ...chosen, whitespace: [] })).toBe(escapedPlainly(value, chosen));
      }),
      { seed: 20261125, numRuns: 2000 },
    );
  });

  it("never changes what the text means, whatever the format (seed 20261125)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), jsonFormat(), (value, chosen) => {
        expect(JSON.parse(formatJson(value, chosen))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });
});
