import { CATEGORIES } from "../../harness/model/caseDefinition.ts";
import type { CaseResult, RunDocument } from "../../harness/model/runDocument.ts";
import { summarise } from "../../harness/runner/summarise.ts";
import { MergeError } from "./mergeError.ts";

const label = (part: RunDocument, i: number): string =>
  part.run.shard === undefined ? `part ${i + 1}` : `shard ${part.run.shard.index}/${part.run.shard.total}`;

// Each embedded emulator listens on a port of its own: embedded shards are the same target whatever the port.
const sameEndpoint = (a: RunDocument, b: RunDocument): boolean =>
  a.target.embedded && b.target.embedded ? true : a.target.endpoint === b.target.endpoint;

const sameTarget = (a: RunDocument, b: RunDocument): boolean =>
  sameEndpoint(a, b) &&
  a.target.embedded === b.target.embedded &&
  a.target.fault === b.target.fault &&
  a.run.seed === b.run.seed;

function unionOfCases(parts: readonly RunDocument[]): CaseResult[] {
  const owner = new Map<string, number>();
  parts.forEach((part, i) => {
    for (const c of part.cases) {
      const first = owner.get(c.id);
      if (first !== undefined) {
        const where = `${label(parts[first] ?? part, first)} and ${label(part, i)}`;
        throw new MergeError(`cannot merge runs: case ${c.id} is in both ${where}`);
      }
      owner.set(c.id, i);
    }
  });
  // Catalogue order by category; inside one, the order the shards listed them (sort is stable).
  return parts
    .flatMap((part) => part.cases)
    .sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
}

function missingShards(parts: readonly RunDocument[]): string[] {
  const total = parts.find((p) => p.run.shard !== undefined)?.run.shard?.total;
  if (total === undefined) return [];
  const present = new Set(parts.map((p) => p.run.shard?.index));
  return Array.from({ length: total }, (_, i) => i + 1)
    .filter((index) => !present.has(index))
    .map((index) => `${index}/${total}`);
}

function incompleteReason(parts: readonly RunDocument[]): string | undefined {
  const reasons = parts.flatMap((part, i) =>
    part.run.complete ? [] : [`${label(part, i)}: ${part.run.incompleteReason ?? "no reason recorded"}`],
  );
  const missing = missingShards(parts);
  if (missing.length > 0) reasons.push(`missing shard ${missing.join(", ")}`);
  return reasons.length === 0 ? undefined : reasons.join("; ");
}

const earliest = (dates: string[]): string => dates.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
const latest = (dates: string[]): string => dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));

/**
 * One run document from the shards of a run: the union of their cases (a case in two shards is an error),
 * the summary recomputed, complete only if every shard completed and none is missing, no `shard` field.
 * Shards run side by side, so the duration is the slowest shard's; exchanges add up.
 */
export function mergeRuns(parts: readonly RunDocument[]): RunDocument {
  const [first] = parts;
  if (first === undefined) throw new MergeError("cannot merge runs: no run document given");
  parts.forEach((part, i) => {
    if (!sameTarget(first, part)) {
      throw new MergeError(
        `cannot merge runs: ${label(part, i)} ran against another target or seed than ${label(first, 0)}`,
      );
    }
  });
  const cases = unionOfCases(parts);
  const reason = incompleteReason(parts);
  const { shard: _shard, incompleteReason: _reason, ...run } = first.run;
  const durationMs = Math.max(...parts.map((p) => p.summary.durationMs));
  const exchanges = parts.reduce((sum, p) => sum + p.summary.exchanges, 0);
  return {
    ...first,
    run: {
      ...run,
      startedAt: earliest(parts.map((p) => p.run.startedAt)),
      finishedAt: latest(parts.map((p) => p.run.finishedAt)),
      complete: reason === undefined,
      ...(reason === undefined ? {} : { incompleteReason: reason }),
    },
    summary: summarise(cases, durationMs, exchanges),
    cases,
  };
}
