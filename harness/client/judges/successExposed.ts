import { fail, pass } from "../../checks/verdicts.ts";
import { exposedEntries, showsEntry } from "../exposedEntries.ts";
import type { AnswerJudge } from "./answerJudge.ts";

const CHECK = "successExposed";

/** A 200 resolves, and the resolved value shows every sent id in `successful` and the `failed` list. */
export const successExposed: AnswerJudge<"success"> = (_expect, answer, { ids }) => {
  const expected = "resolved, showing successful and failed";
  if (answer.kind === "threw") {
    return fail(CHECK, { expected, actual: "threw", reason: "the client threw on a 200 where every event succeeded" });
  }
  const hidden = ids.filter((id) => !showsEntry(answer.value, "successful", { id }));
  const failedShown = typeof answer.value === "string" || exposedEntries(answer.value, "failed") !== undefined;
  if (hidden.length === 0 && failedShown)
    return pass(CHECK, { expected, actual: "resolved", reason: "resolved with every id in successful" });
  return fail(CHECK, {
    expected,
    actual: "resolved",
    reason:
      hidden.length > 0
        ? `the resolved value does not show ${hidden.length} of ${ids.length} successful ids (first: ${hidden[0]})`
        : "the resolved value hides the failed list",
  });
};
