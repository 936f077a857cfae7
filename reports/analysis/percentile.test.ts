import { describe, expect, it } from "vitest";
import { percentile } from "./percentile.ts";

describe("percentile", () => {
  it.each<[string, { given: [number[], number]; want: number }]>([
    ["is 0 for no values", { given: [[], 50], want: 0 }],
    ["takes the nearest rank for the median", { given: [[4, 1, 3, 2], 50], want: 2 }],
    ["takes the top value for p95 of few values", { given: [[1, 2, 3], 95], want: 3 }],
  ])("%s", (_name, { given, want }) => {
    expect(percentile(...given)).toBe(want);
  });
});
