import {
  type CaseDefinition,
  type Category,
  CLIENT_CATEGORIES,
  type ClientCategory,
  SERVER_CATEGORIES,
} from "../model/caseDefinition.ts";
import type { RunDocument } from "../model/runDocument.ts";
import { summarise } from "./summarise.ts";

export interface CaseSelection {
  /** Categories or case ids to run; empty: all. */
  only?: readonly string[];
  /** Categories or case ids to leave out. */
  skip?: readonly string[];
  /** Run only part i (1-based) of n, split by catalogue position. */
  shard?: { index: number; total: number };
}

const isIn = <T extends string>(list: readonly T[], name: string): name is T =>
  (list as readonly string[]).includes(name);

/** Where a name of the other mode belongs, so the error can point there; undefined when it is nobody's. */
function otherModeHint(name: string): string | undefined {
  if (isIn(CLIENT_CATEGORIES, name)) return `${name} is a client category: pae-conformance client --only ${name}`;
  if (isIn(SERVER_CATEGORIES, name)) return `${name} is a server category: pae-conformance run --only ${name}`;
  return undefined;
}

/** Names a selection does not know; a category of the other mode says where it belongs. */
export class UnknownSelectionError extends Error {
  override readonly name = "UnknownSelectionError";
  constructor(
    readonly unknown: readonly string[],
    known: readonly string[],
  ) {
    const hints = unknown.flatMap((name) => otherModeHint(name) ?? []);
    super(
      `unknown category or case: ${unknown.join(", ")}${hints.length > 0 ? ` (${hints.join("; ")})` : ""} (categories: ${known.join(", ")})`,
    );
  }
}

/** The cases a run includes, in catalogue order; an unknown category or case id (or a client category) is an error. */
export function selectCases(catalogue: readonly CaseDefinition[], selection: CaseSelection): CaseDefinition[] {
  const known = new Set<string>([...SERVER_CATEGORIES, ...catalogue.map((entry) => entry.id)]);
  const unknown = [...(selection.only ?? []), ...(selection.skip ?? [])].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new UnknownSelectionError(unknown, SERVER_CATEGORIES);
  const matches = (entry: CaseDefinition, names: readonly string[]) =>
    names.includes(entry.id) || names.includes(entry.category);
  const only = selection.only ?? [];
  const chosen = catalogue.filter(
    (entry) => (only.length === 0 || matches(entry, only)) && !matches(entry, selection.skip ?? []),
  );
  const shard = selection.shard;
  return shard ? chosen.filter((_entry, position) => position % shard.total === shard.index - 1) : chosen;
}

/** The client categories a `client --only` names (all by default); anything else, a server one included, is an error. */
export function selectClientCategories(names: readonly string[]): ClientCategory[] {
  const unknown = names.filter((name) => !isIn(CLIENT_CATEGORIES, name));
  if (unknown.length > 0) throw new UnknownSelectionError(unknown, CLIENT_CATEGORIES);
  return names.length === 0 ? [...CLIENT_CATEGORIES] : CLIENT_CATEGORIES.filter((category) => names.includes(category));
}

/** A run document with only the cases of `categories`, recounted (its exchanges and duration kept). */
export function keepCategories(run: RunDocument, categories: readonly Category[]): RunDocument {
  const cases = run.cases.filter((entry) => categories.includes(entry.category));
  return { ...run, cases, summary: summarise(cases, run.summary.durationMs, run.summary.exchanges) };
}
