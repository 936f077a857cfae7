import { CATEGORIES } from "../../../harness/model/caseDefinition.ts";
import type { OutcomeCounts, RunDocument } from "../../../harness/model/runDocument.ts";
import { esc, table } from "./markup.ts";

const COLUMNS = ["pass", "fail", "observed", "skipped", "not-applicable", "unreachable", "total"] as const;

const countRow = (name: string, counts: OutcomeCounts): string[] => [
  esc(name),
  ...COLUMNS.map((column) =>
    (column === "fail" || column === "unreachable") && counts[column] > 0
      ? `<td class="n bad-count">${esc(counts[column])}</td>`
      : esc(counts[column]),
  ),
];

/** Outcome counts per category and in total. */
export function summarySection(run: RunDocument): string {
  const { summary } = run;
  const categories = CATEGORIES.flatMap((c) => {
    const counts = summary.byCategory[c];
    return counts === undefined ? [] : [countRow(c, counts)];
  });
  const note = `${summary.exchanges} exchanges in ${(summary.durationMs / 1000).toFixed(1)} s`;
  return [
    '<h2 id="summary">Summary</h2>',
    table(["category", ...COLUMNS], [...categories, countRow("all", summary)], [1, 2, 3, 4, 5, 6, 7]),
    `<p>${esc(note)}</p>`,
  ].join("\n");
}
