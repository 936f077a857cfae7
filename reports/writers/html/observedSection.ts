import type { CaseResult } from "../../../harness/model/runDocument.ts";
import { answerLabel } from "../../analysis/answerLabel.ts";
import { anchor } from "./anchors.ts";
import { esc, table } from "./markup.ts";

const seen = (c: CaseResult): string =>
  Object.entries(c.answersSeen)
    .map(([answer, n]) => `${answerLabel(answer, c.exchanges)} ×${n}`)
    .join(", ");

/** Cases the reference does not pin down: what the target did, for the reader to judge. */
export function observedSection(cases: readonly CaseResult[]): string {
  const observed = cases.filter((c) => c.outcome === "observed");
  if (observed.length === 0) return "";
  const rows = observed.map((c) => [
    `<a href="#${anchor.caseRow(c.id)}">${esc(c.id)}</a>`,
    esc(c.reason),
    esc(seen(c)),
  ]);
  return ['<h2 id="observed">Observed</h2>', table(["case", "what was observed", "answers"], rows)].join("\n");
}
