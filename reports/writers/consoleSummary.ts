import { CATEGORIES } from "../../harness/model/caseDefinition.ts";
import type { OutcomeCounts, RunDocument } from "../../harness/model/runDocument.ts";
import { verdictLine } from "../analysis/verdictLine.ts";
import { commandLines } from "../text/commandBlock.ts";
import { printable } from "../text/printable.ts";
import { textTable } from "../text/textTable.ts";

const row = (name: string, c: OutcomeCounts): string[] => [
  name,
  ...[c.pass, c.fail, c.observed, c.skipped, c["not-applicable"], c.unreachable, c.total].map(String),
];

/** The table the CLI prints at the end of a run: counts per category, totals, then each failing case. */
export function renderConsoleSummary(run: RunDocument): string {
  const { summary } = run;
  const rows = CATEGORIES.flatMap((c) => {
    const counts = summary.byCategory[c];
    return counts === undefined ? [] : [row(c, counts)];
  });
  const failing = run.cases
    .filter((c) => c.outcome === "fail")
    .flatMap((c) => [
      `  ✘ ${printable(c.id)}: ${printable(c.reason)}`,
      // A multi-line command is printed as it is, without indentation, so that it pastes unchanged.
      ...(c.replay.includes("\n")
        ? ["    replay (several lines):", ...commandLines(c.replay)]
        : [`    replay: ${printable(c.replay)}`]),
    ]);
  return [
    textTable(
      ["category", "pass", "fail", "observed", "skipped", "n/a", "lost", "total"],
      [...rows, row("total", summary)],
      [1, 2, 3, 4, 5, 6, 7],
    ),
    "",
    ...(failing.length === 0 ? [] : ["failing:", ...failing, ""]),
    ...(run.run.complete ? [] : [`INCOMPLETE: ${printable(run.run.incompleteReason ?? "no reason recorded")}`]),
    verdictLine(run),
    "",
  ].join("\n");
}
