/** `compute()`'s value for `key`, kept in `cache` up to `max` entries: past it the oldest entry is dropped. */
export function remembered<V>(cache: Map<string, V>, key: string, max: number, compute: () => V): V {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (cache.size >= max) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}
