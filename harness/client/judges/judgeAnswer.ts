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

/** Where the AWS SDKs state which answers they retry: throttling, 5xx and transient errors, never other 4xx. */
const SDK_RETRY_RULES =
  "AWS SDKs retry behavior, https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html";

/**
 * Retries of 5xx and throttling are allowed. A retried 4xx that is not throttling fails: the SDKs never retry
 * one (the same request gets the same answer, and a retried write may ingest twice). Other retried answers
 * (a 200 the client could not read) are worth a note.
 */
function attemptsVerdict(expect: ScenarioExpectation, attempts: number): Verdict {
  const retryable = expect.kind === "error" && expect.retryable;
  const reason = `${attempts} attempt${attempts === 1 ? "" : "s"}`;
  if (attempts <= 1 || retryable) return pass("retriesOnlyRetryable", { actual: String(attempts), reason });
  if (expect.kind === "error" && expect.status >= 400 && expect.status < 500)
    return fail("retriesOnlyRetryable", {
      expected: "1 attempt",
      actual: String(attempts),
      reason: `${reason} for ${expect.name} (${expect.status}), a client error that is not throttling: not retryable (${SDK_RETRY_RULES})`,
    });
  return observed("retriesOnlyRetryable", {
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
