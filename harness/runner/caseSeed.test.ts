import { describe, expect, it } from "vitest";
import { caseSeed } from "./caseSeed.ts";
import { latency } from "./latency.ts";

describe("caseSeed", () => {
  it("is the same for the same run seed and case", () => {
    expect(caseSeed(42, "A")).toBe(caseSeed(42, "A"));
  });
  it.each([
    ["another case", 42, "B"],
    ["another run seed", 43, "A"],
  ])("differs for %s", (_name, seed, id) => {
    expect(caseSeed(seed, id)).not.toBe(caseSeed(42, "A"));
  });
});

describe("latency", () => {
  it.each([
    ["no durations", [], { p50: 0, p95: 0, max: 0 }],
    ["one duration", [3], { p50: 3, p95: 3, max: 3 }],
    ["twenty durations", Array.from({ length: 20 }, (_, i) => i + 1), { p50: 10, p95: 19, max: 20 }],
  ])("summarises %s", (_name, durations, want) => {
    expect(latency(durations)).toEqual(want);
  });
});
