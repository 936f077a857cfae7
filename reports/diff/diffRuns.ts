import { CATEGORIES, type Category } from "../../harness/model/caseDefinition.ts";
import type { CaseOutcome, CaseResult, OutcomeCounts, RunDocument } from "../../harness/model/runDocument.ts";
import { compareAnswers } from "../analysis/compareAnswers.ts";

/** What happened to one case between two runs, the most important change winning. */
export type CaseChange =
  | "regression" // passed or observed before, fails now
  | "fix" // failed before, passes or is observed now
  | "outcome-changed" // any other change of outcome, e.g. pass -> skipped
  | "answers-changed" // same outcome, but a different set of answers came back
  | "new"
  | "vanished"
  | "unchanged";

export interface CaseDiff {
  id: string;
  title: string;
  category: Category;
  change: CaseChange;
  before?: CaseOutcome;
  after?: CaseOutcome;
  /** Answers (keys of answersSeen) that came back only in the next run / only in the base run. Counts are
   * left out on purpose: they scale with --runs. */
  answersAdded: string[];
  answersRemoved: string[];
  /** The next run's reason, or the base run's for a vanished case. */
  reason: string;
}

export interface RunDiff {
  cases: CaseDiff[];
  summary: { before: OutcomeCounts; after: OutcomeCounts };
  /** True when a case went from pass or observed to fail, or a passing case vanished: the CI gate. */
  regressed: boolean;
}

const succeeded = (outcome: CaseOutcome): boolean => outcome === "pass" || outcome === "observed";

function change(base: CaseResult, next: CaseResult, added: string[], removed: string[]): CaseChange {
  if (succeeded(base.outcome) && next.outcome === "fail") return "regression";
  if (base.outcome === "fail" && succeeded(next.outcome)) return "fix";
  if (base.outcome !== next.outcome) return "outcome-changed";
  return added.length + removed.length > 0 ? "answers-changed" : "unchanged";
}

function caseDiff(base: CaseResult | undefined, next: CaseResult | undefined): CaseDiff | undefined {
  const either = next ?? base;
  if (either === undefined) return undefined;
  const beforeAnswers = Object.keys(base?.answersSeen ?? {});
  const afterAnswers = Object.keys(next?.answersSeen ?? {});
  const answersAdded = afterAnswers.filter((a) => !beforeAnswers.includes(a)).sort(compareAnswers);
  const answersRemoved = beforeAnswers.filter((a) => !afterAnswers.includes(a)).sort(compareAnswers);
  const kind =
    base === undefined ? "new" : next === undefined ? "vanished" : change(base, next, answersAdded, answersRemoved);
  return {
    id: either.id,
    title: either.title,
    category: either.category,
    change: kind,
    ...(base === undefined ? {} : { before: base.outcome }),
    ...(next === undefined ? {} : { after: next.outcome }),
    answersAdded,
    answersRemoved,
    reason: either.reason,
  };
}

/** Compares two runs case by case (by id), for a CI job that gates on regressions. */
export function diffRuns(base: RunDocument, next: RunDocument): RunDiff {
  const baseById = new Map(base.cases.map((c) => [c.id, c]));
  const nextById = new Map(next.cases.map((c) => [c.id, c]));
  const ids = [...new Set([...base.cases.map((c) => c.id), ...next.cases.map((c) => c.id)])];
  const cases = ids
    .flatMap((id) => caseDiff(baseById.get(id), nextById.get(id)) ?? [])
    .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  const regressed = cases.some((c) => c.change === "regression" || (c.change === "vanished" && c.before === "pass"));
  const counts = ({ summary }: RunDocument): OutcomeCounts => ({
    total: summary.total,
    pass: summary.pass,
    fail: summary.fail,
    observed: summary.observed,
    skipped: summary.skipped,
    "not-applicable": summary["not-applicable"],
    unreachable: summary.unreachable,
  });
  return { cases, summary: { before: counts(base), after: counts(next) }, regressed };
}
