import type { Check } from "../model/check.ts";
import { responseView } from "./responseView.ts";
import { fail, pass, skipped } from "./verdicts.ts";

const CHECK = "errorEncodingsAgree";

/** When header and body both name the error, they name the same one: SDKs read different places. */
export const errorEncodingsAgree: Check = (exchange) => {
  const view = responseView(exchange);
  if (!view) return skipped(CHECK, "no response");
  if (view.response.status < 400) return skipped(CHECK, "not an error");
  const { header, body, disagreement } = view.error;
  if (!disagreement) return pass(CHECK, { reason: "header and body do not disagree" });
  return fail(CHECK, {
    expected: "one error name",
    actual: `header ${header}, body ${body}`,
    reason: `X-Amzn-Errortype says ${header} but the body says ${body}: botocore would raise ${header}, aws-sdk v2 ${body}`,
  });
};
