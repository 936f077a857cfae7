import fc from "fast-check";
import { EXTERNAL_ID } from "../../generated/constants.ts";
import { externalId } from "./externalId.ts";

/** Valid external ids that differ from `expected`: near misses (case, truncation, suffix) and unrelated ones. */
export function externalIdOtherThan(expected: string): fc.Arbitrary<string> {
  const nearMisses = [
    expected.toUpperCase(),
    expected.toLowerCase(),
    expected.slice(0, -1),
    `${expected}x`.slice(0, EXTERNAL_ID.maxLength),
  ].filter((candidate) => candidate !== expected && candidate.length >= EXTERNAL_ID.minLength);
  const unrelated = externalId().map((candidate) =>
    candidate === expected ? `${candidate.startsWith("a") ? "b" : "a"}${candidate.slice(1)}` : candidate,
  );
  return nearMisses.length === 0 ? unrelated : fc.oneof(fc.constantFrom(...nearMisses), unrelated);
}
