import type { Expectation } from "../../harness/model/expectation.ts";

/**
 * Whether an answer (a key of CaseResult.answersSeen: an error name, `200` or `transport:<kind>`) is one the
 * case's expectation accepts. A 200 counts as acceptable when the case accepts success at all: whether its
 * invariants held is a verdict, not something the answer's name can tell.
 */
export function answerAcceptable(answer: string, expect: Expectation): boolean {
  if (answer === "200") return expect.accept !== undefined;
  if (answer.startsWith("transport:")) return false;
  return expect.reject?.errors.includes(answer) ?? false;
}
