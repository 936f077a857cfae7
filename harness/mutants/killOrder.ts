import type { PreparedCase } from "./preparedCase.ts";

/** One instance of one prepared case, by position. */
export interface InstanceRef {
  caseIndex: number;
  instanceIndex: number;
}

const bodyBytes = (prepared: PreparedCase, index: number) => {
  const body = prepared.wire[index]?.body;
  return body && "raw" in body ? body.raw.byteLength : 0;
};

/**
 * The order a fault's run sends instances in, until the first one fails. The fault's likely killer (if named and
 * present) goes first, all its instances in order. Then, since most faults fail a case's first instance, every
 * case's first instance comes early (breadth first); a case that killed k faults so far goes k + 1 times as deep
 * in the same time, since it is the likeliest killer. Ties: the smaller body, then catalogue order.
 * Deterministic for the same kills.
 */
export function killOrder(
  cases: readonly PreparedCase[],
  kills: ReadonlyMap<string, number>,
  likelyKiller?: string,
): InstanceRef[] {
  const entries = cases.flatMap((prepared, caseIndex) => {
    const weight = (kills.get(prepared.caseDef.id) ?? 0) + 1;
    const hinted = prepared.caseDef.id === likelyKiller;
    return prepared.instances.map((_instance, instanceIndex) => ({
      ref: { caseIndex, instanceIndex },
      rank: hinted ? 0 : 1,
      depth: (instanceIndex + 1) / weight,
      bytes: bodyBytes(prepared, instanceIndex),
    }));
  });
  entries.sort(
    (a, b) => a.rank - b.rank || a.depth - b.depth || a.bytes - b.bytes || a.ref.caseIndex - b.ref.caseIndex,
  );
  return entries.map((entry) => entry.ref);
}
