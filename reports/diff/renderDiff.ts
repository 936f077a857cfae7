import { printable } from "../text/printable.ts";
import { textTable } from "../text/textTable.ts";
import type { CaseDiff, RunDiff } from "./diffRuns.ts";

const COUNTS = ["pass", "fail", "observed", "skipped", "not-applicable", "unreachable", "total"] as const;

function answers(c: CaseDiff): string {
  return [...c.answersAdded.map((a) => `+${a}`), ...c.answersRemoved.map((a) => `-${a}`)].join(" ");
}

function headline(diff: RunDiff): string {
  const count = (kind: CaseDiff["change"]): number => diff.cases.filter((c) => c.change === kind).length;
  const parts = (["regression", "fix", "outcome-changed", "answers-changed", "new", "vanished"] as const)
    .map((kind) => [kind, count(kind)] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  const detail = parts.length === 0 ? "no case changed" : parts.join(", ");
  return `${diff.regressed ? "✘ REGRESSED" : "✔ no regression"}: ${detail}`;
}

/** A diff as text: the headline, the counts before and after, then each case that changed. */
export function renderDiff(diff: RunDiff): string {
  const { before, after } = diff.summary;
  const counts = textTable(
    ["outcome", "before", "after", "delta"],
    COUNTS.map((k) => {
      const delta = after[k] - before[k];
      return [k, String(before[k]), String(after[k]), delta === 0 ? "" : delta > 0 ? `+${delta}` : String(delta)];
    }),
    [1, 2, 3],
  );
  const changed = diff.cases.filter((c) => c.change !== "unchanged");
  const rows = changed.map((c) => [
    printable(c.id),
    c.change,
    c.before ?? "-",
    c.after ?? "-",
    printable(answers(c)),
    c.after === "fail" ? printable(c.reason) : "",
  ]);
  const cases =
    changed.length === 0 ? [] : ["", textTable(["case", "change", "before", "after", "answers", "reason"], rows)];
  return [headline(diff), "", counts, ...cases, ""].join("\n");
}
