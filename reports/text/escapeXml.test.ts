import { describe, expect, it } from "vitest";
import { escapeXml } from "./escapeXml.ts";

describe("escapeXml", () => {
  it.each<[string, { given: [string, ("content" | "attribute")?]; want: string }]>([
    ["escapes markup characters", { given: [`<a href="x">&'`], want: "&lt;a href=&quot;x&quot;&gt;&amp;&#39;" }],
    ["keeps newlines and tabs in content", { given: ["a\n\tb"], want: "a\n\tb" }],
    ["keeps a carriage return in content as a reference", { given: ["a\r\nb"], want: "a&#13;\nb" }],
    ["keeps newlines in attributes as references", { given: ["a\nb\r\tc", "attribute"], want: "a&#10;b&#13;&#9;c" }],
    ["writes a NUL as a visible escape", { given: ["a\u0000b"], want: "a\\u0000b" }],
    ["writes other C0 controls as visible escapes", { given: ["\u0001\u000b\u001f"], want: "\\u0001\\u000B\\u001F" }],
    ["writes a lone high surrogate as a visible escape", { given: ["x\ud800y"], want: "x\\uD800y" }],
    ["writes a lone low surrogate as a visible escape", { given: ["\udfff"], want: "\\uDFFF" }],
    [
      "writes the non-characters U+FFFE and U+FFFF as visible escapes",
      { given: ["\ufffe\uffff"], want: "\\uFFFE\\uFFFF" },
    ],
    ["keeps astral characters whole", { given: ["👍 é"], want: "👍 é" }],
    ["keeps DEL, which XML 1.0 allows", { given: ["\u007f"], want: "\u007f" }],
  ])("%s", (_name, { given, want }) => {
    expect(escapeXml(...given)).toBe(want);
  });
});
