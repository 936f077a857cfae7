import fc from "fast-check";

/** Strings of exactly `length` units drawn from `unit` (a unit is one code point when `unit` yields one). */
export function stringOfLength(length: fc.Arbitrary<number>, unit: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return length.chain((size) => fc.string({ unit, minLength: size, maxLength: size }));
}
