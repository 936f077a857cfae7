import { describe, expect, it } from "vitest";
import type { CaseResult } from "../../harness/model/runDocument.ts";
import { sampleCaseResult } from "../testing/sampleCaseResult.ts";
import { SAMPLE_CASES } from "../testing/sampleCases.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { markdown } from "./markdown.ts";

const passing = SAMPLE_CASES.filter((c) => c.outcome !== "fail");
const many = (outcome: CaseResult["outcome"], n: number): CaseResult[] =>
  Array.from({ length: n }, (_, i) => sampleCaseResult({ id: `Case${outcome}${i}`, outcome }));

describe("markdown", () => {
  it.each<[string, { given: CaseResult[]; want: string }]>([
    [
      "opens with a red verdict when a case failed",
      { given: [...SAMPLE_CASES], want: "## ❌ 3 passed, 2 observed, 2 failed, 1 skipped, 1 not applicable" },
    ],
    [
      "opens with a green verdict when nothing failed",
      { given: passing, want: "## ✅ 3 passed, 2 observed, 0 failed, 1 skipped, 1 not applicable" },
    ],
    [
      "leaves zero skipped counts out of the verdict",
      { given: many("pass", 2), want: "## ✅ 2 passed, 0 observed, 0 failed\n" },
    ],
    ["counts each category", { given: [...SAMPLE_CASES], want: "| channel | 1 | 0 | 0 | 0 | 1 |" }],
    ["totals the counts", { given: [...SAMPLE_CASES], want: "| **all** | 3 | 2 | 2 | 1 | 1 |" }],
    [
      "lists a failing case with its reason and replay",
      {
        given: [...SAMPLE_CASES],
        want: "| `TruncatedJsonBodyIsRejected` | the connection was reset before an answer: read ECONNRESET | `npx pae-conformance run --only TruncatedJsonBodyIsRejected --seed 7` |",
      },
    ],
    [
      "lists an observed case with what came back most",
      { given: [...SAMPLE_CASES], want: "- `MissingExternalIdIsRefused` → 403 AccessDeniedException: observed" },
    ],
    [
      "points to report.html past 15 failing cases",
      { given: many("fail", 40), want: "_…and 25 more in report.html._" },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(markdown(sampleRunDocument({ cases: given }))).toContain(want);
  });

  it("warns when the run is incomplete, even with nothing failed", () => {
    const text = markdown(sampleRunDocument({ cases: passing, run: { complete: false, incompleteReason: "SIGTERM" } }));
    expect(text.split("\n").filter((line) => line.includes("INCOMPLETE"))).toEqual([
      "## ⚠️ 3 passed, 2 observed, 0 failed, 1 skipped, 1 not applicable (INCOMPLETE)",
      "> **INCOMPLETE**: SIGTERM",
    ]);
  });

  it.each<[string, { given: CaseResult[]; want: number }]>([
    ["stays under 60 lines for the sample run", { given: [...SAMPLE_CASES], want: 60 }],
    [
      "stays under 60 lines for a run with 40 failures and 30 observations",
      { given: [...many("fail", 40), ...many("observed", 30)], want: 60 },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(markdown(sampleRunDocument({ cases: given })).split("\n").length).toBeLessThan(want);
  });

  it("keeps a hostile reason inside its table cell", () => {
    const cases = [sampleCaseResult({ outcome: "fail", reason: "a | b\nc <img src=x>", replay: "x | `y`" })];
    const row = markdown(sampleRunDocument({ cases }))
      .split("\n")
      .find((line) => line.startsWith("| `Valid"));
    expect(row).toBe("| `ValidSingleEventIsAccepted` | a \\| b c \\<img src=x\\> | `` x \\| `y` `` |");
  });
});
