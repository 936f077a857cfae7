import type { Category } from "../../harness/model/caseDefinition.ts";
import type { CaseOutcome, CaseResult, RunDocument } from "../../harness/model/runDocument.ts";
import { answerLabel } from "../analysis/answerLabel.ts";
import { groupByCategory } from "../analysis/groupByCategory.ts";
import { topAnswer } from "../analysis/topAnswer.ts";

/** One case on one target: its outcome and the answer that came back most, e.g. `500 InternalFailure`. */
export interface MatrixCell {
  outcome: CaseOutcome;
  answer?: string;
}

export interface MatrixRow {
  id: string;
  title: string;
  category: Category;
  /** One per column; undefined where that run did not have the case. */
  cells: (MatrixCell | undefined)[];
}

export interface Matrix {
  columns: string[];
  groups: { category: Category; rows: MatrixRow[] }[];
}

export interface NamedRun {
  name?: string;
  run: RunDocument;
}

function defaultName({ target }: RunDocument): string {
  return target.fault === undefined ? target.endpoint : `${target.endpoint} (fault ${target.fault})`;
}

// Two columns with one name would be unreadable: the second becomes `name #2`.
function uniqueNames(names: readonly string[]): string[] {
  return names.map((name, i) => {
    const before = names.slice(0, i).filter((n) => n === name).length;
    return before === 0 ? name : `${name} #${before + 1}`;
  });
}

function cell(result: CaseResult | undefined): MatrixCell | undefined {
  if (result === undefined) return undefined;
  const answer = topAnswer(result.answersSeen);
  return answer === undefined
    ? { outcome: result.outcome }
    : { outcome: result.outcome, answer: answerLabel(answer, result.exchanges) };
}

/** The vendor compatibility matrix: one row per case id (grouped by category), one column per run. */
export function buildMatrix(runs: readonly NamedRun[]): Matrix {
  const columns = uniqueNames(runs.map(({ name, run }) => name ?? defaultName(run)));
  const byId = runs.map(({ run }) => new Map(run.cases.map((c) => [c.id, c])));
  const firstSeen = new Map<string, CaseResult>();
  for (const { run } of runs) for (const c of run.cases) if (!firstSeen.has(c.id)) firstSeen.set(c.id, c);
  const rows = [...firstSeen.values()].map(
    (c): MatrixRow => ({ id: c.id, title: c.title, category: c.category, cells: byId.map((m) => cell(m.get(c.id))) }),
  );
  return { columns, groups: groupByCategory(rows).map(({ category, items }) => ({ category, rows: items })) };
}
