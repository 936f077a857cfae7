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
 * `size` characters of `alphabet` spread from `seed` by mulberry32. The picks are written in one go (as UTF-16
 * units when every character of the alphabet is one): appending them one by one built a chain of `size`
 * pieces that lived as long as the drawn batch, and copying those chains in garbage collection made ids cost
 * several times what drawing them did.
 */
export function charactersFromSeed(seed: number, size: number, alphabet: readonly string[]): string {
  const units = unitsOf(alphabet);
  const span = Math.min(alphabet.length, seed + 1);
  const picks: (number | string)[] = new Array(size);
  let state = seed;
  for (let index = 0; index < size; index += 1) {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    const pick = ((mixed ^ (mixed >>> 14)) >>> 0) % span;
    picks[index] = units === null ? (alphabet[pick] as string) : (units[pick] as number);
  }
  return units === null ? picks.join("") : String.fromCharCode.apply(null, picks as number[]);
}

const UNITS = new WeakMap<readonly string[], readonly number[] | null>();

/** The alphabet's characters as UTF-16 units, or null when one of them is not a single unit. */
function unitsOf(alphabet: readonly string[]): readonly number[] | null {
  let units = UNITS.get(alphabet);
  if (units === undefined) {
    units = alphabet.every((character) => character.length === 1)
      ? alphabet.map((character) => character.charCodeAt(0))
      : null;
    UNITS.set(alphabet, units);
  }
  return units;
}
