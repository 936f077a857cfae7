import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { printfLiteral } from "./printfLiteral.ts";
import { shellQuote } from "./shellQuote.ts";

const TEXTS: [string, string][] = [
  ["plain JSON", '{"auditEvents":[]}'],
  ["single quotes", "it's 'quoted' ''"],
  ["double quotes, dollars and backticks", '"$HOME" `id` $(id) \\n'],
  ["newlines and tabs", "line 1\nline 2\r\n\tend\n"],
  ["unicode", "é 👍 \u2028 中文"],
  ["an empty string", ""],
];

const BYTES: [string, Uint8Array][] = [
  ["invalid UTF-8", Uint8Array.from([0x7b, 0xff, 0xfe, 0xc3])],
  ["NUL and control bytes", Uint8Array.from([0x00, 0x01, 0x1b, 0x7f, 0x0a])],
  ["printf's own specials", new TextEncoder().encode("%s %% \\n \\\\ ' \"")],
];

describe("shellQuote", () => {
  it.each(TEXTS)("round-trips %s through sh", (_name, text) => {
    const out = execFileSync("sh", ["-c", `printf %s ${shellQuote(text)}`]);
    expect(out.toString("utf8")).toBe(text);
  });
});

describe("printfLiteral", () => {
  it.each(BYTES)("round-trips %s through sh's printf", (_name, bytes) => {
    const out = execFileSync("sh", ["-c", `printf ${printfLiteral(bytes)}`]);
    expect(Buffer.from(out).equals(Buffer.from(bytes))).toBe(true);
  });
});
