/**
 * `build`, remembered by its argument: an arbitrary a chain picks from a drawn key (a length, a count) is
 * built once per key instead of once per value drawn; building one cost about as much as drawing a few events.
 */
export function builtPerKey<K, T>(build: (key: K) => T): (key: K) => T {
  const built = new Map<K, T>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    return value;
  };
}
