import type { CaseResult } from "../../../harness/model/runDocument.ts";
import { groupByCategory } from "../../analysis/groupByCategory.ts";
import { esc, outcomeBadge, table } from "./markup.ts";

const answers = (c: CaseResult): string =>
  Object.entries(c.answersSeen)
    .map(([answer, n]) => `${answer} ×${n}`)
    .join(", ");

/** Every case, skipped ones included, with its outcome and why. */
export function casesSection(cases: readonly CaseResult[]): string {
  const rows = groupByCategory(cases).flatMap(({ items }) =>
    items.map((c) => [
      esc(c.category),
      `<a href="#case-${esc(c.id)}">${esc(c.id)}</a><br>${esc(c.title)}`,
      outcomeBadge(c.outcome),
      esc(c.reason),
      esc(answers(c)),
      esc(c.runs),
    ]),
  );
  return ["<h2>Cases</h2>", table(["category", "case", "outcome", "reason", "answers", "runs"], rows, [5])].join("\n");
}
