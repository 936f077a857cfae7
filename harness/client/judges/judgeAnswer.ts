import { fail, observed, pass } from "../../checks/verdicts.ts";
import type { Verdict } from "../../model/verdict.ts";
import type { ScenarioExpectation, ScenarioKind } from "../clientScenario.ts";
import type { SurfacedAnswer } from "../surfacedAnswer.ts";
import type { AnswerFacts, AnswerJudge } from "./answerJudge.ts";
import { errorSurfacedByName } from "./errorSurfacedByName.ts";
import { failedEventsVisible } from "./failedEventsVisible.ts";
import { malformedNotSilent } from "./malformedNotSilent.ts";
import { successExposed } from "./successExposed.ts";

/** One judge per kind of scenario. */
export const ANSWER_JUDGES: { [K in ScenarioKind]: AnswerJudge<K> } = {
  success: successExposed,
  partial: failedEventsVisible,
  error: errorSurfacedByName,
  malformed: malformedNotSilent,
};

/** Retries of 5xx and throttling are allowed; a retried client error is worth a note, nothing more. */
function attemptsVerdict(expect: ScenarioExpectation, attempts: number): Verdict {
  const retryable = expect.kind === "error" && expect.retryable;
  const reason = `${attempts} attempt${attempts === 1 ? "" : "s"}`;
  if (attempts <= 1 || retryable) return pass("attemptsCounted", { actual: String(attempts), reason });
  return observed("attemptsCounted", {
    actual: String(attempts),
    reason: `${reason} for an answer that is not retryable`,
  });
}

/** The verdicts on one call: it sent something, it finished in time, it surfaced the answer as documented. */
export function judgeAnswer(expect: ScenarioExpectation, answer: SurfacedAnswer, facts: AnswerFacts): Verdict[] {
  if (facts.attempts === 0) {
    return [
      fail("requestSent", { expected: "at least one request", actual: "none", reason: "the client sent no request" }),
    ];
  }
  if (answer.kind === "timed-out") {
    return [
      fail("answeredInTime", {
        actual: `${answer.afterMs} ms`,
        reason: `the client did not finish within ${answer.afterMs} ms`,
      }),
    ];
  }
  const judge = ANSWER_JUDGES[expect.kind] as AnswerJudge<ScenarioKind>;
  return [judge(expect as never, answer, facts), attemptsVerdict(expect, facts.attempts)];
}
