import fc from "fast-check";

/**
 * Strings of exactly `length` characters of `alphabet` (one code point each when its entries are). The
 * characters come from one drawn seed through a small PRNG, not from one fast-check value per character:
 * an id of 256 characters was a quarter of an event's drawing cost. A small seed, which fast-check's bias
 * draws often and where shrinking ends, keeps to the first `seed + 1` characters, so seed 0 is
 * `alphabet[0]` repeated and strings of a few repeated characters stay reachable.
 */
export function stringOfLength(length: fc.Arbitrary<number>, alphabet: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(length, fc.nat()).map(([size, seed]) => charactersFromSeed(seed, size, alphabet));
}

/**
 * `size` characters of `alphabet` spread from `seed` by mulberry32. Joined once rather than appended one by one:
 * appending builds a chain of `size` string pieces that lives as long as the drawn batch, and copying those
 * chains in garbage collection made ids cost several times what drawing them did.
 */
export function charactersFromSeed(seed: number, size: number, alphabet: readonly string[]): string {
  const span = Math.min(alphabet.length, seed + 1);
  const characters: string[] = new Array(size);
  let state = seed;
  for (let index = 0; index < size; index += 1) {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    characters[index] = alphabet[((mixed ^ (mixed >>> 14)) >>> 0) % span] as string;
  }
  return characters.join("");
}
