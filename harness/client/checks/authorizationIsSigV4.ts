import { SERVICE } from "../../../generated/constants.ts";
import { fail, pass } from "../../checks/verdicts.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "authorizationIsSigV4";
const SCOPE = /^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request,/;

/** A SigV4 Authorization header scoped to `<date>/<region>/cloudtrail-data/aws4_request`. */
export const authorizationIsSigV4: ClientRequestCheck = (request, { region }) => {
  const header = request.headers.authorization;
  const expected = `AWS4-HMAC-SHA256 …/${region}/${SERVICE.signingName}/aws4_request`;
  if (header === undefined) return fail(CHECK, { expected, actual: "(none)", reason: "the request is not signed" });
  const [, scopeRegion, service] = SCOPE.exec(header) ?? [];
  const actual = scopeRegion === undefined ? (header.split(" ")[0] ?? "") : `…/${scopeRegion}/${service}/aws4_request`;
  if (scopeRegion === region && service === SERVICE.signingName) {
    return pass(CHECK, { expected, actual, reason: "SigV4 with the right credential scope" });
  }
  return fail(CHECK, { expected, actual, reason: `Authorization is not SigV4 for ${region}/${SERVICE.signingName}` });
};
