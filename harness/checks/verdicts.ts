import type { Verdict } from "../model/verdict.ts";

type Fields = Omit<Verdict, "check" | "outcome">;

/** Small constructors so every check builds verdicts the same way. */
export const pass = (check: string, fields: Fields): Verdict => ({ check, outcome: "pass", ...fields });
export const fail = (check: string, fields: Fields): Verdict => ({ check, outcome: "fail", ...fields });
export const observed = (check: string, fields: Fields): Verdict => ({ check, outcome: "observed", ...fields });
export const skipped = (check: string, reason: string): Verdict => ({ check, outcome: "skipped", reason });

/** "A, B or C" */
export function oneOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "nothing";
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
