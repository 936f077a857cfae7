import type { Check } from "../model/check.ts";
import { answerKey, responseView } from "./responseView.ts";
import { fail, pass, skipped } from "./verdicts.ts";

const CHECK = "noServerErrorForClientMistake";

/** A 5xx is never an acceptable answer to a client mistake (reference: documented errors). */
export const noServerErrorForClientMistake: Check = (exchange, { caseDef }) => {
  const view = responseView(exchange);
  if (!view) return skipped(CHECK, "no response");
  if (!caseDef.expect.reject || view.response.status < 500)
    return pass(CHECK, { reason: "no 5xx for a client mistake" });
  return fail(CHECK, {
    expected: "a 4xx naming a documented error",
    actual: `${answerKey(exchange)} (${view.response.status})`,
    reason: `answered ${view.response.status} ${answerKey(exchange)} to a client mistake: a 5xx is never acceptable here`,
  });
};
