import { fail, pass } from "../../checks/verdicts.ts";
import { showsEntry } from "../exposedEntries.ts";
import type { AnswerJudge } from "./answerJudge.ts";

const CHECK = "failedEventsVisible";

/** A 200 with a failed event resolves, and its caller can see that event's id and errorCode. */
export const failedEventsVisible: AnswerJudge<"partial"> = ({ code }, answer, { ids }) => {
  const failedId = ids[0] ?? "";
  const expected = `resolved, showing ${failedId} failed with ${code}`;
  if (answer.kind === "threw") {
    return fail(CHECK, {
      expected,
      actual: "threw",
      reason: `the client threw on a 200 with one event failed as ${code}`,
    });
  }
  return showsEntry(answer.value, "failed", { id: failedId, errorCode: code })
    ? pass(CHECK, { expected, actual: "resolved", reason: `the failed event ${failedId} (${code}) is visible` })
    : fail(CHECK, {
        expected,
        actual: "resolved",
        reason: `the client resolved but hides the failed event ${failedId} (${code}): its caller would lose it`,
      });
};
