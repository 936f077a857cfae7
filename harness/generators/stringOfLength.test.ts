import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { charactersFromSeed, stringOfLength } from "./stringOfLength.ts";

const ALPHABET = [..."-_abcXYZ019"];
const SEED = 20261125;

describe("stringOfLength", () => {
  it.each([0, 1, 7, 256])("gives strings of exactly %i characters of the alphabet", (size) => {
    for (const text of fc.sample(stringOfLength(fc.constant(size), ALPHABET), { seed: SEED, numRuns: 50 })) {
      expect([...text]).toHaveLength(size);
      expect([...text].filter((character) => !ALPHABET.includes(character))).toEqual([]);
    }
  });

  it("reaches every character of the alphabet, and strings of one repeated character", () => {
    const texts = fc.sample(stringOfLength(fc.integer({ min: 1, max: 40 }), ALPHABET), { seed: SEED, numRuns: 200 });
    expect(new Set(texts.join(""))).toEqual(new Set(ALPHABET));
    expect(texts.some((text) => text.length > 1 && new Set(text).size === 1)).toBe(true);
  });

  it("shrinks a failing string to the shortest length and the first character", () => {
    const property = fc.property(stringOfLength(fc.integer({ min: 3, max: 50 }), ALPHABET), (text) => text.length < 3);
    const details = fc.check(property, { seed: SEED });
    expect(details.counterexample).toEqual(["---"]);
  });
});

describe("charactersFromSeed", () => {
  it.each([
    { seed: 0, want: /^-{6}$/ },
    { seed: 1, want: /^[-_]{6}$/ },
  ])("keeps small seed $seed to the first seed + 1 characters", ({ seed, want }) => {
    expect(charactersFromSeed(seed, 6, ALPHABET)).toMatch(want);
  });

  it("spreads the characters mulberry32 picks from the seed (the same ids for a seed as before)", () => {
    expect(charactersFromSeed(123456, 24, ALPHABET)).toBe("-1_9_9Z1-9b-_bcX_9YaZbX_");
    expect(charactersFromSeed(7, 24, ALPHABET)).toBe("caYYZcXbX-bbacXXYYX-c--Z");
  });

  it("picks the same way from an alphabet of characters longer than one UTF-16 unit", () => {
    const wide = ALPHABET.map((character) => (character === "Z" ? "🚀" : character));
    expect(charactersFromSeed(7, 24, wide)).toBe("caYYZcXbX-bbacXXYYX-c--Z".replaceAll("Z", "🚀"));
  });

  it("gives the same characters for the same seed and others for another seed", () => {
    expect(charactersFromSeed(123456, 32, ALPHABET)).toBe(charactersFromSeed(123456, 32, ALPHABET));
    expect(charactersFromSeed(123456, 32, ALPHABET)).not.toBe(charactersFromSeed(123457, 32, ALPHABET));
  });
});
