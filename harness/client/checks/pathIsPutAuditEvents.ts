import { OPERATION } from "../../../generated/constants.ts";
import { fail, pass } from "../../checks/verdicts.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "pathIsPutAuditEvents";

/** The operation's path is `/PutAuditEvents`, exactly (spec: paths./PutAuditEvents). */
export const pathIsPutAuditEvents: ClientRequestCheck = (_request, { view }) => {
  const fields = { expected: OPERATION.path, actual: view.path };
  return view.path === OPERATION.path
    ? pass(CHECK, { ...fields, reason: `sent to ${view.path}` })
    : fail(CHECK, { ...fields, reason: `sent to ${view.path}, documented: ${OPERATION.path}` });
};
