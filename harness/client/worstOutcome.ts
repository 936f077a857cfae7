import type { Outcome, Verdict } from "../model/verdict.ts";

/** fail over observed over pass; skipped only when every verdict was skipped (or there were none). */
export function worstOutcome(verdicts: readonly Verdict[]): Outcome {
  const outcomes = new Set(verdicts.map((verdict) => verdict.outcome));
  if (outcomes.has("fail")) return "fail";
  if (outcomes.has("observed")) return "observed";
  return outcomes.has("pass") ? "pass" : "skipped";
}
