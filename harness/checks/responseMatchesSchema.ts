import type { ErrorObject } from "ajv";
import { validateErrorBody, validateSuccessResponse } from "../../generated/validators.js";
import type { Check } from "../model/check.ts";
import { responseView } from "./responseView.ts";
import { fail, pass, skipped } from "./verdicts.ts";

const CHECK = "responseMatchesSchema";

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 3)
    .map((error) => `${error.instancePath || "/"} ${error.message ?? error.keyword}`)
    .join("; ");
}

/** The body validates against the spec's schema for its status: PutAuditEventsResponse for 200, ErrorBody otherwise. */
export const responseMatchesSchema: Check = (exchange) => {
  const view = responseView(exchange);
  if (!view) return skipped(CHECK, "no response");
  const { status } = view.response;
  if (status >= 500 && view.text.length === 0) return skipped(CHECK, "empty 5xx body");
  const schema = status === 200 ? "PutAuditEventsResponse" : "ErrorBody";
  if (!view.json.ok) {
    return fail(CHECK, {
      expected: `a JSON ${schema}`,
      actual: view.response.bodyTruncated ? "a body too large to keep" : "a body that is not JSON",
      reason: `HTTP ${status} body is not JSON: ${JSON.stringify(view.text.slice(0, 80))}`,
    });
  }
  const validate = status === 200 ? validateSuccessResponse : validateErrorBody;
  if (validate(view.json.value)) return pass(CHECK, { reason: `body is a valid ${schema}` });
  const first = validate.errors?.[0];
  return fail(CHECK, {
    expected: `a valid ${schema}`,
    actual: describeErrors(validate.errors),
    path: first?.instancePath || "/",
    reason: `HTTP ${status} body breaks the ${schema} schema: ${describeErrors(validate.errors)}`,
  });
};
