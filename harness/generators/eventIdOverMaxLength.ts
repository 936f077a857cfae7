import type fc from "fast-check";
import { EVENT_ID } from "../../generated/constants.ts";
import { eventIdAlphabet } from "./eventIdAlphabet.ts";
import { lengthWithBounds } from "./lengthWithBounds.ts";
import { stringOfLength } from "./stringOfLength.ts";

/** Ids of allowed characters one or more code points over EVENT_ID.maxLength; maxLength + 1 is guaranteed. */
export function eventIdOverMaxLength(): fc.Arbitrary<string> {
  return stringOfLength(lengthWithBounds(EVENT_ID.maxLength + 1, 2 * EVENT_ID.maxLength), eventIdAlphabet);
}
