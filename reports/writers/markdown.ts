import { CATEGORIES } from "../../harness/model/caseDefinition.ts";
import type { CaseResult, OutcomeCounts, RunDocument } from "../../harness/model/runDocument.ts";
import { answerLabel } from "../analysis/answerLabel.ts";
import { topAnswer } from "../analysis/topAnswer.ts";
import { verdictLine } from "../analysis/verdictLine.ts";
import { markdownCommandBlock } from "../text/commandBlock.ts";
import { markdownCode } from "../text/markdownCode.ts";
import { markdownCell, markdownTable } from "../text/markdownTable.ts";

// A pull-request comment is read, not searched: past these, the rest is in report.html.
const MAX_FAILING = 15;
const MAX_OBSERVED = 8;

const counts = (name: string, c: OutcomeCounts): string[] => [
  name,
  ...[c.pass, c.fail, c.observed, c.skipped, c["not-applicable"], c.unreachable].map(String),
];

function more(shown: number, total: number): string[] {
  return total > shown ? [`_…and ${total - shown} more in report.html._`] : [];
}

function failingSection(cases: readonly CaseResult[]): string[] {
  const failing = cases.filter((c) => c.outcome === "fail");
  if (failing.length === 0) return [];
  const shown = failing.slice(0, MAX_FAILING);
  // A table cell cannot hold a line break: a multi-line replay goes in a code block under the table.
  const multiLine = shown.filter((c) => c.replay.includes("\n"));
  const rows = shown.map((c) => [
    markdownCode(c.id),
    markdownCell(c.reason),
    c.replay.includes("\n") ? "multi-line, below" : markdownCode(c.replay),
  ]);
  return [
    "",
    "### Failing",
    "",
    markdownTable(["case", "reason", "replay"], rows),
    ...more(rows.length, failing.length),
    ...multiLine.flatMap((c) => ["", `Replay ${markdownCode(c.id)}:`, "", markdownCommandBlock(c.replay)]),
  ];
}

function observedSection(cases: readonly CaseResult[]): string[] {
  const observed = cases.filter((c) => c.outcome === "observed");
  if (observed.length === 0) return [];
  const line = (c: CaseResult): string => {
    const answer = topAnswer(c.answersSeen);
    const label = answer === undefined ? "" : ` → ${markdownCell(answerLabel(answer, c.exchanges))}`;
    return `- ${markdownCode(c.id)}${label}: ${markdownCell(c.reason)}`;
  };
  const lines = observed.slice(0, MAX_OBSERVED).map(line);
  return ["", "### Observed", "", ...lines, ...more(lines.length, observed.length)];
}

/** summary.md, for a pull-request comment: the verdict line, counts per category, failing and observed cases. */
export function markdown(run: RunDocument): string {
  const { summary, target } = run;
  const fault = target.fault === undefined ? "" : ` · fault ${markdownCode(target.fault)}`;
  const rows = CATEGORIES.flatMap((c) => {
    const byCategory = summary.byCategory[c];
    return byCategory === undefined ? [] : [counts(c, byCategory)];
  });
  return [
    `## ${verdictLine(run)}`,
    "",
    `PutAuditEvents conformance of ${markdownCode(target.endpoint)}${fault} · seed ${run.run.seed} · ${run.run.runs} runs`,
    ...(run.run.complete
      ? []
      : ["", `> **INCOMPLETE**: ${markdownCell(run.run.incompleteReason ?? "no reason recorded")}`]),
    "",
    markdownTable(
      ["category", "pass", "fail", "observed", "skipped", "n/a", "unreachable"],
      [...rows, counts("**all**", summary)],
      [1, 2, 3, 4, 5],
    ),
    ...failingSection(run.cases),
    ...observedSection(run.cases),
    "",
  ].join("\n");
}
