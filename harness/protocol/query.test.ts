import { describe, expect, it } from "vitest";
import { encodeRfc3986, parseQuery, type QueryValues, queryPairs } from "./query.ts";

describe("parseQuery", () => {
  it.each<[string, { given: string; want: QueryValues }]>([
    ["decodes an encoded pair", { given: "channelArn=arn%3Ax", want: { channelArn: "arn:x" } }],
    ["keeps an undecodable value as written", { given: "a=%zz", want: { a: "%zz" } }],
    ["reads a key without `=` as an empty value", { given: "a", want: { a: "" } }],
    ["collects a repeated key into a list", { given: "a=1&a=2&a=3", want: { a: ["1", "2", "3"] } }],
    ["reads nothing from an empty string", { given: "", want: {} }],
    ["skips empty pairs", { given: "&a=1&&", want: { a: "1" } }],
    ["keeps a plus sign a plus sign", { given: "a=x+y", want: { a: "x+y" } }],
  ])("%s", (_name, { given, want }) => {
    expect(parseQuery(given)).toEqual(want);
  });

  it("keeps a parameter named __proto__ an ordinary key", () => {
    const values = parseQuery("__proto__=x");
    expect(Object.keys(values)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });

  it("refuses a bad escape when given a strict decoder", () => {
    expect(() => parseQuery("a=%zz", decodeURIComponent)).toThrow(URIError);
  });
});

describe("queryPairs and encodeRfc3986", () => {
  it("gives the pairs in order, as written", () => {
    expect(queryPairs("b=2&a=1&b=1")).toEqual([
      ["b", "2"],
      ["a", "1"],
      ["b", "1"],
    ]);
  });

  it.each<[string, { given: string; want: string }]>([
    ["encodes what encodeURIComponent leaves bare", { given: "!'()*", want: "%21%27%28%29%2A" }],
    ["leaves unreserved characters", { given: "aZ0-._~", want: "aZ0-._~" }],
    ["encodes a space as %20", { given: "a b", want: "a%20b" }],
  ])("%s", (_name, { given, want }) => {
    expect(encodeRfc3986(given)).toBe(want);
  });
});
