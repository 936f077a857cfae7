import { validateRequestQuery } from "../../../generated/validators.js";
import { fail, pass } from "../../checks/verdicts.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "queryMatchesSchema";

/** The decoded query passes the spec's query schema (channelArn pattern, externalId length and pattern). */
export const queryMatchesSchema: ClientRequestCheck = (_request, { view }) => {
  if (validateRequestQuery(view.query)) return pass(CHECK, { reason: "the query matches the spec" });
  const [first] = validateRequestQuery.errors ?? [];
  return fail(CHECK, {
    expected: "a query valid against the spec",
    actual: `${first?.keyword ?? "invalid"} at ${first?.instancePath || "/"}`,
    path: `/query${first?.instancePath ?? ""}`,
    reason: `the query breaks the spec: ${first?.instancePath || "/"} ${first?.message ?? ""}`.trim(),
  });
};
