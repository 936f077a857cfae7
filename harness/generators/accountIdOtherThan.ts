import type fc from "fast-check";
import { accountId } from "./accountId.ts";

/** Account ids that differ from `account` by construction (a collision has its last digit turned). */
export function accountIdOtherThan(account: string): fc.Arbitrary<string> {
  return accountId().map((candidate) => {
    if (candidate !== account) return candidate;
    const last = Number(candidate.slice(-1));
    return `${candidate.slice(0, -1)}${(last + 1) % 10}`;
  });
}
