import { describe, expect, it } from "vitest";
import { sampleCaseResult } from "../testing/sampleCaseResult.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { renderConsoleSummary } from "./consoleSummary.ts";

const text = renderConsoleSummary(sampleRunDocument());
const lines = text.split("\n");

describe("renderConsoleSummary", () => {
  it.each<[string, { given: string; want: string }]>([
    [
      "prints a header of the outcome columns",
      { given: "category", want: "category      pass  fail  observed  skipped  n/a  lost  total" },
    ],
    [
      "prints a row per category",
      { given: "channel", want: "channel          1     0         0        0    1     0      2" },
    ],
    ["prints the totals", { given: "total", want: "total            3     2         2        1    1     0      9" }],
    [
      "prints each failing case with its reason",
      {
        given: "  ✘ Duplicate",
        want: "  ✘ DuplicateEventIdsAreRejected: received InternalFailure (500), documented: DuplicatedAuditEventId or ValidationException",
      },
    ],
    [
      "prints the replay under a failing case",
      {
        given: "    replay: npx pae-conformance run --only Trunc",
        want: "    replay: npx pae-conformance run --only TruncatedJsonBodyIsRejected --seed 7",
      },
    ],
    [
      "ends with the verdict line",
      { given: "❌", want: "❌ 3 passed, 2 observed, 2 failed, 1 skipped, 1 not applicable" },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(lines.find((line) => line.startsWith(given))).toBe(want);
  });

  it("ends with a newline so the shell prompt starts on its own line", () => {
    expect(text.endsWith("\n")).toBe(true);
  });

  it("prints no terminal control sequence a target put in a reason", () => {
    const cases = [sampleCaseResult({ outcome: "fail", reason: "\u001b[2Jgone\u0007" })];
    expect(renderConsoleSummary(sampleRunDocument({ cases }))).toContain("ValidSingleEventIsAccepted:  [2Jgone ");
  });
});
