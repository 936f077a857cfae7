import { validateRequestBody } from "../../../generated/validators.js";
import { fail, pass } from "../../checks/verdicts.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "bodyMatchesSchema";

/** The body is JSON and passes the spec's request schema: 1..100 events, ids and eventData of the right form. */
export const bodyMatchesSchema: ClientRequestCheck = (_request, { view }) => {
  if (!view.body.parsed) {
    return fail(CHECK, {
      expected: "a JSON body",
      actual: "not JSON",
      reason: `the body is not JSON: ${view.body.error}`,
    });
  }
  if (validateRequestBody(view.body.json)) return pass(CHECK, { reason: "the body matches the spec" });
  const [first] = validateRequestBody.errors ?? [];
  const where = first?.instancePath || "/";
  return fail(CHECK, {
    expected: "a body valid against the spec",
    actual: `${first?.keyword ?? "invalid"} at ${where}`,
    path: first?.instancePath ?? "",
    reason: `the body breaks the spec: ${where} ${first?.message ?? ""}`.trim(),
  });
};
