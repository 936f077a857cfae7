import type { Verdict } from "../../model/verdict.ts";
import type { ScenarioExpectation, ScenarioKind } from "../clientScenario.ts";
import type { SurfacedAnswer } from "../surfacedAnswer.ts";

/** What the harness saw of one call besides the client's answer. */
export interface AnswerFacts {
  /** Ids of the events the client sent (in its first request). */
  ids: readonly string[];
  /** Requests the client sent for this call. */
  attempts: number;
}

/** Judges how a client surfaced one scenario's answer; it never sees a timeout or a call that sent nothing. */
export type AnswerJudge<K extends ScenarioKind> = (
  expect: Extract<ScenarioExpectation, { kind: K }>,
  answer: Exclude<SurfacedAnswer, { kind: "timed-out" }>,
  facts: AnswerFacts,
) => Verdict;
