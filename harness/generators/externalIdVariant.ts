import fc from "fast-check";

const swapCase = (text: string) =>
  [...text].map((char) => (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase())).join("");

/**
 * External ids that keep the pattern and length of `real` but are not it: the case changed, a character
 * (`/`, `0`) added, or the last one dropped. A channel that requires `real` must refuse each.
 */
export function externalIdVariantOf(real: string): fc.Arbitrary<string> {
  const variants = [
    swapCase(real),
    real.toUpperCase(),
    `${real}/`,
    `${real}0`,
    ...(real.length > 2 ? [real.slice(0, -1)] : []),
  ].filter((variant) => variant !== real);
  return fc.constantFrom(...variants);
}
