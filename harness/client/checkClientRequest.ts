import type { Credentials } from "../model/target.ts";
import type { Verdict } from "../model/verdict.ts";
import { verifySigV4 } from "../sender/verifySigV4.ts";
import type { ClientRequestContext } from "./clientRequestCheck.ts";
import { CLIENT_REQUEST_CHECK_NAMES, CLIENT_REQUEST_CHECKS } from "./clientRequestChecks.ts";
import type { InterceptedRequest } from "./interceptedRequest.ts";
import { requestView } from "./requestView.ts";

/** What a request should be: the caller's channel (and external id), in the region of the credentials given. */
export interface RequestExpectation {
  channelArn: string;
  externalId?: string;
  region: string;
  credentials: Credentials;
}

/** Runs every request check on one request; the signature is recomputed once, here, since it is async. */
export async function checkClientRequest(request: InterceptedRequest, want: RequestExpectation): Promise<Verdict[]> {
  const ctx: ClientRequestContext = {
    expected: {
      channelArn: want.channelArn,
      ...(want.externalId === undefined ? {} : { externalId: want.externalId }),
    },
    region: want.region,
    view: requestView(request),
    signature: await verifySigV4(request, want.credentials),
  };
  return CLIENT_REQUEST_CHECK_NAMES.map((name) => CLIENT_REQUEST_CHECKS[name](request, ctx));
}
