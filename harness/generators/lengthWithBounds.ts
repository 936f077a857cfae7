import fc from "fast-check";

/** A length in `min..max` where both bounds are drawn often, not left to fast-check's bias. */
export function lengthWithBounds(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }));
}
