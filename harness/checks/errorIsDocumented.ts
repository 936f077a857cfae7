import type { Check } from "../model/check.ts";
import { DOCUMENTED_ERRORS } from "./documentedErrors.ts";
import { responseView } from "./responseView.ts";
import { fail, oneOf, pass, skipped } from "./verdicts.ts";

const CHECK = "errorIsDocumented";

/** The error is one of the operation's documented errors or a common AWS error, with its documented status. */
export const errorIsDocumented: Check = (exchange) => {
  const view = responseView(exchange);
  if (!view) return skipped(CHECK, "no response");
  const { status } = view.response;
  if (status < 400) return skipped(CHECK, "not an error");
  const name = view.error.name;
  if (!name) return skipped(CHECK, "the error has no name (errorIsIdentified reports it)");
  const statuses = DOCUMENTED_ERRORS.get(name);
  if (!statuses) {
    return fail(CHECK, {
      expected: "a documented error of PutAuditEvents or a common AWS error",
      actual: name,
      reason: `received ${name}, which is not a documented error of PutAuditEvents nor a common AWS error`,
    });
  }
  if (!statuses.includes(status)) {
    return fail(CHECK, {
      expected: `${name} with HTTP ${oneOf(statuses.map(String))}`,
      actual: `${name} with HTTP ${status}`,
      reason: `${name} came with HTTP ${status}; documented: ${oneOf(statuses.map(String))}`,
    });
  }
  return pass(CHECK, { actual: name, reason: `${name} (${status}) is documented` });
};
