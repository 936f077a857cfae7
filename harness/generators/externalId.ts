import fc from "fast-check";
import { EXTERNAL_ID } from "../../generated/constants.ts";
import { externalIdAlphabet, externalIdSpecialCharacters } from "./externalIdAlphabet.ts";
import { lengthWithBounds } from "./lengthWithBounds.ts";
import { stringOfLength } from "./stringOfLength.ts";

export interface ExternalIdConstraints {
  /** In code points (= bytes: the alphabet is ASCII). Default EXTERNAL_ID.minLength. */
  minLength?: number;
  /** In code points. Default EXTERNAL_ID.maxLength. */
  maxLength?: number;
  /** Always hold every special character `+=,.@:/-_` (needs minLength >= their count); default: sometimes. */
  everySpecialCharacter?: boolean;
}

/** External ids matching EXTERNAL_ID; both length bounds are always reachable. */
export function externalId(constraints: ExternalIdConstraints = {}): fc.Arbitrary<string> {
  const minLength = constraints.minLength ?? EXTERNAL_ID.minLength;
  const maxLength = constraints.maxLength ?? EXTERNAL_ID.maxLength;
  const specials = externalIdSpecialCharacters.length;
  const withEverySpecial = () =>
    lengthWithBounds(Math.max(minLength, specials), maxLength).chain((length) =>
      fc
        .tuple(
          stringOfLength(fc.constant(length - specials), externalIdAlphabet),
          fc.shuffledSubarray([...externalIdSpecialCharacters], { minLength: specials, maxLength: specials }),
          fc.nat({ max: length - specials }),
        )
        .map(([rest, shuffled, at]) => `${rest.slice(0, at)}${shuffled.join("")}${rest.slice(at)}`),
    );
  if (constraints.everySpecialCharacter === true) return withEverySpecial();
  const any = stringOfLength(lengthWithBounds(minLength, maxLength), externalIdAlphabet);
  return maxLength >= specials ? fc.oneof(any, withEverySpecial()) : any;
}
