import { fail, pass } from "../../checks/verdicts.ts";
import type { AnswerJudge } from "./answerJudge.ts";

const CHECK = "malformedNotSilent";

/** A 200 whose body is not JSON must not become a silent success: the client throws or resolves an Error. */
export const malformedNotSilent: AnswerJudge<"malformed"> = (_expect, answer) => {
  const expected = "thrown, or an Error as the result";
  if (answer.kind === "threw") return pass(CHECK, { expected, actual: "threw", reason: "threw on a malformed 200" });
  if (answer.value instanceof Error) {
    return pass(CHECK, { expected, actual: "resolved an Error", reason: "resolved with an Error on a malformed 200" });
  }
  return fail(CHECK, {
    expected,
    actual: "resolved",
    reason: "the client reported a malformed 200 as a success: its caller cannot tell the events were not confirmed",
  });
};
