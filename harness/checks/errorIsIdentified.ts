import type { Check } from "../model/check.ts";
import { responseView } from "./responseView.ts";
import { fail, observed, pass, skipped } from "./verdicts.ts";

const CHECK = "errorIsIdentified";

/** An error names itself in the X-Amzn-Errortype header, a body `code` or a body `__type` (restJson1). */
export const errorIsIdentified: Check = (exchange) => {
  const view = responseView(exchange);
  if (!view) return skipped(CHECK, "no response");
  if (view.response.status < 400) return skipped(CHECK, "not an error");
  const { error } = view;
  if (!error.name) {
    return fail(CHECK, {
      expected: "an error name in X-Amzn-Errortype, code or __type",
      actual: "no error name",
      reason: `HTTP ${view.response.status} names its error nowhere (no X-Amzn-Errortype header, no body code or __type)`,
    });
  }
  if (error.source !== "header") {
    return observed(CHECK, {
      actual: `${error.name} (from body ${error.source})`,
      reason: `${error.name} is named only in the body (${error.source}); conformant, but restJson1 servers should send X-Amzn-Errortype`,
    });
  }
  return pass(CHECK, { actual: error.name, reason: `named ${error.name} in X-Amzn-Errortype` });
};
