import fc from "fast-check";
import { EXTERNAL_ID } from "../../generated/constants.ts";
import { externalIdAlphabet } from "./externalIdAlphabet.ts";
import { stringOfLength } from "./stringOfLength.ts";

/**
 * External ids of allowed characters shorter than EXTERNAL_ID.minLength code points: every such length but 0
 * (1). An empty one may be read as absent (reading nullMember), so it is not too short under every reading.
 */
export function externalIdTooShort(): fc.Arbitrary<string> {
  const lengths = Array.from({ length: EXTERNAL_ID.minLength - 1 }, (_, index) => index + 1);
  return stringOfLength(fc.constantFrom(...lengths), externalIdAlphabet);
}
