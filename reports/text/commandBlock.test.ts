import { describe, expect, it } from "vitest";
import { sampleCaseResult } from "../testing/sampleCaseResult.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { renderConsoleSummary } from "../writers/consoleSummary.ts";
import { markdown } from "../writers/markdown.ts";
import { markdownCommandBlock } from "./commandBlock.ts";

const REPLAY = "npx pae-conformance client --exec 'set -e\nif true; then\n  echo ``` \u001b[2J\nfi' --scenario Success";
const run = sampleRunDocument({ cases: [sampleCaseResult({ id: "Success", outcome: "fail", replay: REPLAY })] });

describe("multi-line replay commands", () => {
  it.each<[string, { given: string; want: string }]>([
    [
      "the console summary",
      {
        given: renderConsoleSummary(run),
        want: "npx pae-conformance client --exec 'set -e\nif true; then\n  echo ```  [2J\nfi' --scenario Success",
      },
    ],
    [
      "summary.md",
      {
        given: markdown(run),
        want: "````sh\nnpx pae-conformance client --exec 'set -e\nif true; then\n  echo ```  [2J\nfi' --scenario Success\n````",
      },
    ],
  ])("keep their line breaks in %s", (_name, { given, want }) => {
    expect(given).toContain(want);
  });

  it("fences a block with more backticks than the command holds", () => {
    expect(markdownCommandBlock("a ````` b").split("\n")[0]).toBe("``````sh");
  });
});
