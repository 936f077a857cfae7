/** `compute()`'s value for `key`, kept in `cache` up to `max` entries: past it the oldest entry is dropped. */
export function remembered<V>(cache: Map<string, V>, key: string, max: number, compute: () => V): V {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (cache.size >= max) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/** Enough for the paths, queries and credentials a client sends in a run; past it the oldest entry is dropped. */
const MAX_REMEMBERED_TEXTS = 256;
/** Longer texts (a case probing the header limits) are read each time: the caches stay a few hundred KiB. */
const MAX_REMEMBERED_TEXT_LENGTH = 1024;

/**
 * `read(text)` remembered by the raw text it reads, for what a client sends again and again (a path, a channel
 * query, a credential): a cached value is shared by every request that sends the text, so it must not be changed.
 */
export function rememberedByText<V>(cache: Map<string, V>, text: string, read: (text: string) => V): V {
  if (text.length > MAX_REMEMBERED_TEXT_LENGTH) return read(text);
  return remembered(cache, text, MAX_REMEMBERED_TEXTS, () => read(text));
}
