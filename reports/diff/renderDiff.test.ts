import { describe, expect, it } from "vitest";
import { sampleCaseResult } from "../testing/sampleCaseResult.ts";
import { SAMPLE_CASES } from "../testing/sampleCases.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { diffRuns } from "./diffRuns.ts";
import { renderDiff } from "./renderDiff.ts";

const base = sampleRunDocument();
const next = sampleRunDocument({
  cases: [
    ...SAMPLE_CASES.filter((c) => c.id !== "TruncatedJsonBodyIsRejected").map((c) =>
      c.id === "UnknownChannelIsNotFound" ? { ...c, outcome: "fail" as const, reason: "received 500" } : c,
    ),
    sampleCaseResult({ id: "BrandNewCase" }),
  ],
});
const lines = renderDiff(diffRuns(base, next)).split("\n");

describe("renderDiff", () => {
  it.each<[string, { given: string; want: string }]>([
    ["opens with the verdict and what changed", { given: "✘", want: "✘ REGRESSED: 1 regression, 1 new, 1 vanished" }],
    ["shows the counts before and after with their delta", { given: "fail ", want: "fail                 2      2" }],
    ["shows a pass count going down", { given: "pass ", want: "pass                 3      3" }],
    ["shows the total going up", { given: "total", want: "total                9      9" }],
    [
      "lists a regression with its new reason",
      {
        given: "UnknownChannelIsNotFound",
        want: `UnknownChannelIsNotFound     regression  pass    fail   ${" ".repeat(29)}received 500`,
      },
    ],
    [
      "lists a new case",
      { given: "BrandNewCase", want: "BrandNewCase                 new         -       pass   +200" },
    ],
    [
      "lists a vanished case",
      {
        given: "TruncatedJson",
        want: "TruncatedJsonBodyIsRejected  vanished    fail    -      -transport:connection-reset",
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(lines.find((line) => line.startsWith(given))).toBe(want);
  });

  it("says so when nothing changed", () => {
    expect(renderDiff(diffRuns(base, base)).split("\n")[0]).toBe("✔ no regression: no case changed");
  });
});
