import { describe, expect, it } from "vitest";
import { sampleCaseResult } from "../testing/sampleCaseResult.ts";
import { categoryLatency } from "./categoryLatency.ts";

describe("categoryLatency", () => {
  it("leaves out cases that sent nothing", () => {
    const cases = [
      sampleCaseResult({ latencyMs: { p50: 10, p95: 20, max: 30 } }),
      sampleCaseResult({ outcome: "skipped", runs: 0, latencyMs: { p50: 0, p95: 0, max: 0 } }),
    ];
    expect(categoryLatency(cases)).toEqual([{ category: "valid", cases: 1, p50: 10, p95: 20, max: 30 }]);
  });
});
