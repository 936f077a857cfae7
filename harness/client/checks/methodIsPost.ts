import { OPERATION } from "../../../generated/constants.ts";
import { fail, pass } from "../../checks/verdicts.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "methodIsPost";

/** PutAuditEvents is `POST /PutAuditEvents` (spec: paths./PutAuditEvents). */
export const methodIsPost: ClientRequestCheck = (request) => {
  const fields = { expected: OPERATION.method, actual: request.method };
  return request.method === OPERATION.method
    ? pass(CHECK, { ...fields, reason: `sent ${request.method}` })
    : fail(CHECK, { ...fields, reason: `sent ${request.method}, documented: ${OPERATION.method}` });
};
