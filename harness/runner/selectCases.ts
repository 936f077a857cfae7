import { CATEGORIES, type CaseDefinition } from "../model/caseDefinition.ts";

export interface CaseSelection {
  /** Categories or case ids to run; empty: all. */
  only?: readonly string[];
  /** Categories or case ids to leave out. */
  skip?: readonly string[];
  /** Run only part i (1-based) of n, split by catalogue position. */
  shard?: { index: number; total: number };
}

export class UnknownSelectionError extends Error {
  constructor(readonly unknown: string[]) {
    super(`unknown category or case: ${unknown.join(", ")} (categories: ${CATEGORIES.join(", ")})`);
  }
}

/** The cases a run includes, in catalogue order; an unknown category or case id is an error. */
export function selectCases(catalogue: readonly CaseDefinition[], selection: CaseSelection): CaseDefinition[] {
  const known = new Set<string>([...CATEGORIES, ...catalogue.map((entry) => entry.id)]);
  const unknown = [...(selection.only ?? []), ...(selection.skip ?? [])].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new UnknownSelectionError(unknown);
  const matches = (entry: CaseDefinition, names: readonly string[]) =>
    names.includes(entry.id) || names.includes(entry.category);
  const only = selection.only ?? [];
  const chosen = catalogue.filter(
    (entry) => (only.length === 0 || matches(entry, only)) && !matches(entry, selection.skip ?? []),
  );
  const shard = selection.shard;
  return shard ? chosen.filter((_entry, position) => position % shard.total === shard.index - 1) : chosen;
}
