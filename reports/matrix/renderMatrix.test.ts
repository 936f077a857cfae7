import { describe, expect, it } from "vitest";
import { sampleCaseResult } from "../testing/sampleCaseResult.ts";
import { sampleExchange } from "../testing/sampleExchange.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { buildMatrix } from "./buildMatrix.ts";
import { cellText } from "./cellText.ts";
import { renderMatrix } from "./renderMatrix.ts";

describe("cellText", () => {
  it.each<[string, { given: Parameters<typeof cellText>[0]; want: string }]>([
    [
      "marks a pass with its answer",
      { given: { outcome: "pass", answer: "ChannelNotFound" }, want: "✔ ChannelNotFound" },
    ],
    [
      "marks a failure with status and name",
      { given: { outcome: "fail", answer: "500 InternalFailure" }, want: "✘ 500 InternalFailure" },
    ],
    ["marks an observation", { given: { outcome: "observed", answer: "200" }, want: "~ 200 (observed)" }],
    ["marks a case that did not apply", { given: { outcome: "not-applicable" }, want: "n/a" }],
    ["marks a skipped case", { given: { outcome: "skipped" }, want: "skipped" }],
    ["marks a case the run did not have", { given: undefined, want: "—" }],
  ])("%s", (_name, { given, want }) => {
    expect(cellText(given)).toBe(want);
  });
});

const failing = sampleCaseResult({
  id: "DuplicateEventIdsAreRejected",
  category: "duplicates",
  outcome: "fail",
  answersSeen: { InternalFailure: 3 },
  exchanges: [sampleExchange(0, { status: 500, errorType: "InternalFailure" })],
});
const matrix = buildMatrix([
  { name: "emulator", run: sampleRunDocument({ cases: [sampleCaseResult(), failing] }) },
  { name: "vendor <x>", run: sampleRunDocument({ cases: [sampleCaseResult({ outcome: "observed" })] }) },
]);

describe("renderMatrix", () => {
  it.each<[string, { given: "text" | "markdown" | "html"; want: string }]>([
    [
      "writes a text header of the targets",
      { given: "text", want: "case                            emulator               vendor <x>" },
    ],
    ["writes a text row per case", { given: "text", want: "  DuplicateEventIdsAreRejected  ✘ 500 InternalFailure  —" }],
    ["writes a text line per category", { given: "text", want: "[duplicates]" }],
    [
      "writes a markdown row per case",
      { given: "markdown", want: "| ValidSingleEventIsAccepted | ✔ 200 | ~ 200 (observed) |" },
    ],
    ["escapes a markdown header", { given: "markdown", want: "| case | emulator | vendor \\<x\\> |" }],
    ["writes an html cell with its class", { given: "html", want: '<td class="bad">✘ 500 InternalFailure</td>' }],
    ["escapes an html header", { given: "html", want: "<th>vendor &lt;x&gt;</th>" }],
  ])("%s", (_name, { given, want }) => {
    expect(renderMatrix(matrix, given)).toContain(want);
  });

  it("writes a self-contained html page", () => {
    expect(renderMatrix(matrix, "html")).not.toMatch(/<script|<link|href="http|url\(/);
  });
});
