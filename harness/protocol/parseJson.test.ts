import { describe, expect, it } from "vitest";
import { jsonValueOf, type ParsedJson, parseJson } from "./parseJson.ts";

describe("parseJson", () => {
  it.each<[string, { given: string; want: ParsedJson | "not ok" }]>([
    ["reads an object", { given: '{"a":1}', want: { ok: true, value: { a: 1 } } }],
    ["reads a bare string", { given: '"x"', want: { ok: true, value: "x" } }],
    ["refuses malformed JSON without throwing", { given: "{a:1}", want: "not ok" }],
    ["refuses an empty text", { given: "", want: "not ok" }],
  ])("%s", (_name, { given, want }) => {
    const parsed = parseJson(given);
    if (want === "not ok") expect(parsed).toMatchObject({ ok: false, error: expect.any(String) });
    else expect(parsed).toEqual(want);
  });

  it("keeps __proto__ an own key", () => {
    const parsed = parseJson('{"__proto__":{"polluted":true}}');
    expect(parsed.ok && Object.keys(parsed.value as object)).toEqual(["__proto__"]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("gives the value, or undefined for text that is not JSON", () => {
    expect(jsonValueOf("[1]")).toEqual([1]);
    expect(jsonValueOf("nope")).toBeUndefined();
  });
});
