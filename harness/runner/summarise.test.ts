import { describe, expect, it } from "vitest";
import { sampleCaseResult } from "../../reports/testing/sampleCaseResult.ts";
import { SAMPLE_CASES, SAMPLE_CATEGORIES } from "../../reports/testing/sampleCases.ts";
import type { CaseResult, OutcomeCounts } from "../model/runDocument.ts";
import { emptyCounts, summarise } from "./summarise.ts";

const counts = (partial: Partial<OutcomeCounts>): OutcomeCounts => ({ ...emptyCounts(), ...partial });

describe("summarise", () => {
  it.each<[string, { given: CaseResult[]; want: ReturnType<typeof summarise> }]>([
    [
      "counts nothing for no cases",
      { given: [], want: { ...emptyCounts(), byCategory: {}, exchanges: 3, durationMs: 10 } },
    ],
    [
      "counts each outcome in total and per category",
      {
        given: [
          sampleCaseResult(),
          sampleCaseResult({ outcome: "fail" }),
          sampleCaseResult({ category: "size", outcome: "not-applicable" }),
        ],
        want: {
          ...counts({ total: 3, pass: 1, fail: 1, "not-applicable": 1 }),
          byCategory: {
            valid: counts({ total: 2, pass: 1, fail: 1 }),
            size: counts({ total: 1, "not-applicable": 1 }),
          },
          exchanges: 3,
          durationMs: 10,
        },
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(summarise(given, 10, 3)).toEqual(want);
  });

  it("lists categories in catalogue order, whatever order the cases came in", () => {
    const reversed = [...SAMPLE_CASES].reverse();
    expect(Object.keys(summarise(reversed, 0, 0).byCategory)).toEqual(SAMPLE_CATEGORIES);
  });

  it("adds up to the total across categories", () => {
    const summary = summarise(SAMPLE_CASES, 0, 0);
    const sum = Object.values(summary.byCategory).reduce((n, c) => n + c.total, 0);
    expect([sum, summary.total]).toEqual([SAMPLE_CASES.length, SAMPLE_CASES.length]);
  });
});
