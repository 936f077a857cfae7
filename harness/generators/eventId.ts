import type fc from "fast-check";
import { EVENT_ID } from "../../generated/constants.ts";
import { eventIdAlphabet } from "./eventIdAlphabet.ts";
import { lengthWithBounds } from "./lengthWithBounds.ts";
import { stringOfLength } from "./stringOfLength.ts";

export interface EventIdConstraints {
  /** In code points (= UTF-16 units = bytes: the alphabet is ASCII). Default EVENT_ID.minLength. */
  minLength?: number;
  /** In code points. Default EVENT_ID.maxLength. */
  maxLength?: number;
}

/** Event ids over the whole alphabet (including `-` and `_`); both length bounds are always reachable. */
export function eventId(constraints: EventIdConstraints = {}): fc.Arbitrary<string> {
  const minLength = constraints.minLength ?? EVENT_ID.minLength;
  const maxLength = constraints.maxLength ?? EVENT_ID.maxLength;
  return stringOfLength(lengthWithBounds(minLength, maxLength), eventIdAlphabet);
}
