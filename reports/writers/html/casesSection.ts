import type { CaseResult } from "../../../harness/model/runDocument.ts";
import { groupByCategory } from "../../analysis/groupByCategory.ts";
import { anchor } from "./anchors.ts";
import { esc, outcomeBadge, table } from "./markup.ts";

const answers = (c: CaseResult): string =>
  Object.entries(c.answersSeen)
    .map(([answer, n]) => `${answer} ×${n}`)
    .join(", ");

/** Every case, skipped ones included, with its outcome and why; a failing row is highlighted and links to its details. */
export function casesSection(cases: readonly CaseResult[]): string {
  const ordered = groupByCategory(cases).flatMap(({ items }) => items);
  const rows = ordered.map((c) => [
    `<td id="${anchor.caseRow(c.id)}">${esc(c.category)}</td>`,
    `${c.outcome === "fail" ? `<a href="#${anchor.failure(c.id)}">${esc(c.id)}</a>` : esc(c.id)}<br>${esc(c.title)}`,
    outcomeBadge(c.outcome),
    esc(c.reason),
    esc(answers(c)),
    esc(c.runs),
  ]);
  const rowClass = (i: number) => (ordered[i]?.outcome === "fail" ? "row-fail" : "");
  return [
    '<h2 id="cases">Cases</h2>',
    table(["category", "case", "outcome", "reason", "answers", "runs"], rows, [5], rowClass),
  ].join("\n");
}
