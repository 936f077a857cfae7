import type fc from "fast-check";
import { EXTERNAL_ID } from "../../generated/constants.ts";
import { externalIdAlphabet } from "./externalIdAlphabet.ts";
import { lengthWithBounds } from "./lengthWithBounds.ts";
import { stringOfLength } from "./stringOfLength.ts";

/** External ids of allowed characters over EXTERNAL_ID.maxLength code points; maxLength + 1 is guaranteed. */
export function externalIdOverMaxLength(): fc.Arbitrary<string> {
  return stringOfLength(lengthWithBounds(EXTERNAL_ID.maxLength + 1, 2 * EXTERNAL_ID.maxLength), externalIdAlphabet);
}
