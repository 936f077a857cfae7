import { fail, pass } from "../../checks/verdicts.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "externalIdSentIffGiven";

/** `externalId` is in the query exactly when the caller gave one, with the caller's value. */
export const externalIdSentIffGiven: ClientRequestCheck = (_request, { view, expected }) => {
  const sent = view.query.externalId;
  const want = expected.externalId;
  const fields = { expected: want ?? "(no externalId)", actual: sent === undefined ? "(none)" : String(sent) };
  if (want === undefined && sent === undefined) return pass(CHECK, { ...fields, reason: "no externalId, none given" });
  if (want === undefined) return fail(CHECK, { ...fields, reason: "externalId sent although the caller gave none" });
  if (sent === want) return pass(CHECK, { ...fields, reason: "externalId sent as given" });
  return fail(CHECK, {
    ...fields,
    path: "/query/externalId",
    reason: sent === undefined ? "externalId given but not sent" : "externalId sent with another value",
  });
};
