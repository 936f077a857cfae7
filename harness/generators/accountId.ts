import fc from "fast-check";
import { stringOfLength } from "./stringOfLength.ts";

/** The number of digits of an AWS account id, as in every ARN example of the spec. */
const ACCOUNT_ID_DIGITS = 12;

/** AWS account ids: 12 ASCII digits. */
export function accountId(): fc.Arbitrary<string> {
  return stringOfLength(fc.constant(ACCOUNT_ID_DIGITS), [..."0123456789"]);
}
