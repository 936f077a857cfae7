import type { Check } from "../model/check.ts";
import { responseView } from "./responseView.ts";
import { fail, observed, pass, skipped } from "./verdicts.ts";

const CHECK = "contentTypeIsJson";
const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** A 200 is `Content-type: application/json` (API reference); for an error it is only noted. */
export const contentTypeIsJson: Check = (exchange) => {
  const view = responseView(exchange);
  if (!view) return skipped(CHECK, "no response");
  const contentType = view.response.headers["content-type"] ?? "";
  if (JSON_TYPE.test(contentType)) return pass(CHECK, { actual: contentType, reason: "application/json" });
  const fields = { expected: "application/json", actual: contentType || "(none)" };
  if (view.response.status !== 200) {
    return observed(CHECK, { ...fields, reason: `error answered with Content-Type ${fields.actual}` });
  }
  return fail(CHECK, {
    ...fields,
    reason: `200 answered with Content-Type ${fields.actual}, documented: application/json`,
  });
};
