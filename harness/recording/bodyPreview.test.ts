import { describe, expect, it } from "vitest";
import { bodyPreview } from "./bodyPreview.ts";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const CASES: [string, { bytes: Uint8Array; limit: number; total?: number; want: string }][] = [
  ["shows a short body whole", { bytes: utf8('{"a":1}'), limit: 10, want: '{"a":1}' }],
  ["shows a body of exactly the limit whole", { bytes: utf8("abcd"), limit: 4, want: "abcd" }],
  ["cuts a long body and counts the rest", { bytes: utf8("abcdef"), limit: 4, want: "abcd…[2 more bytes]" }],
  ["never splits a character", { bytes: utf8("ab👍cd"), limit: 4, want: "ab…[6 more bytes]" }],
  [
    "counts bytes the sender already dropped",
    { bytes: utf8("abcd"), limit: 2, total: 100, want: "ab…[98 more bytes]" },
  ],
  [
    "marks a capped body even when what is held fits",
    { bytes: utf8("ab"), limit: 4, total: 10, want: "ab…[8 more bytes]" },
  ],
  [
    "shows invalid UTF-8 as replacement characters",
    { bytes: Uint8Array.from([0x61, 0xff]), limit: 4, want: "a\ufffd" },
  ],
];

describe("bodyPreview", () => {
  it.each(CASES)("%s", (_name, { bytes, limit, total, want }) => {
    expect(bodyPreview(bytes, limit, total)).toBe(want);
  });
});
