import fc from "fast-check";
import { EXTERNAL_ID } from "../../generated/constants.ts";
import { externalId } from "./externalId.ts";

/** Characters EXTERNAL_ID.pattern refuses, including query-string delimiters and non-ASCII ones. */
const FORBIDDEN = [" ", "#", "?", "&", "%", "!", "*", "~", "é", "👍"] as const;

/** External ids within the length bounds (code points) holding one forbidden character at any position. */
export function externalIdBreakingPattern(): fc.Arbitrary<string> {
  const half = Math.floor((EXTERNAL_ID.maxLength - 1) / 2);
  return fc
    .tuple(
      externalId({ minLength: EXTERNAL_ID.minLength - 1, maxLength: half }),
      fc.constantFrom(...FORBIDDEN),
      externalId({ minLength: 0, maxLength: half }),
    )
    .map(([before, forbidden, after]) => `${before}${forbidden}${after}`);
}
