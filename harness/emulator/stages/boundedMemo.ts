/**
 * A memo of values by exact string key, holding at most `maxWeight` (the callers weigh a key by its length).
 * Past the bound the oldest entries go first: a replay that sends the same bodies in the same order hits as long
 * as one pass of them fits. Values are deep-frozen, so a caller that writes to one throws instead of corrupting
 * what the next caller is served.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private totalWeight = 0;

  constructor(private readonly maxWeight: number) {}

  /** The memoised value of `key`, or what `compute` gives (frozen and kept when it weighs within the bound). */
  get(key: string, compute: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit.value;
    const value = deepFreeze(compute());
    this.keep(key, value, key.length);
    return value;
  }

  private keep(key: string, value: V, weight: number): void {
    if (weight > this.maxWeight) return;
    this.entries.set(key, { value, weight });
    this.totalWeight += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.totalWeight <= this.maxWeight) break;
      this.entries.delete(oldest);
      this.totalWeight -= entry.weight;
    }
  }
}

/**
 * `value` and everything reachable from it made read-only; JSON values only, so no cycles. A stack rather than
 * recursion: a body may nest 200,000 lists deep.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined || pending.length > 0; next = pending.pop()) {
    if (typeof next !== "object" || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const member of Object.values(next)) if (typeof member === "object") pending.push(member);
  }
  return value;
}
