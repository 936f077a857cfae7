import fc from "fast-check";
import { EXTERNAL_ID } from "../../generated/constants.ts";
import { externalIdAlphabet } from "./externalIdAlphabet.ts";
import { stringOfLength } from "./stringOfLength.ts";

/** External ids of allowed characters shorter than EXTERNAL_ID.minLength code points: every such length (0, 1). */
export function externalIdTooShort(): fc.Arbitrary<string> {
  const lengths = Array.from({ length: EXTERNAL_ID.minLength }, (_, length) => length);
  return stringOfLength(fc.constantFrom(...lengths), fc.constantFrom(...externalIdAlphabet));
}
