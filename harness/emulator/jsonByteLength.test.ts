import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonByteLength } from "./jsonByteLength.ts";

const SEED = 20261125;

describe("jsonByteLength", () => {
  it.each([
    ["an empty object", {}],
    ["an empty array", []],
    ["unicode keys and values", { é: "日本語", "👍": ["\u0000", "\n"] }],
    ["numbers JSON writes as null", [Number.POSITIVE_INFINITY, -0, 1e21]],
    ["a __proto__ own key", JSON.parse('{"__proto__": {"a": 1}}')],
  ])("counts %s as JSON.stringify does", (_name, value) => {
    expect(jsonByteLength(value)).toBe(Buffer.byteLength(JSON.stringify(value), "utf8"));
  });

  it(`counts any parsed JSON value as JSON.stringify does (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const value: unknown = JSON.parse(text);
        expect(jsonByteLength(value)).toBe(Buffer.byteLength(JSON.stringify(value), "utf8"));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("counts a value nested deeper than the stack allows", () => {
    const depth = 200_000;
    const value: unknown = JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`);
    expect(jsonByteLength(value)).toBe(2 * depth);
  });
});
