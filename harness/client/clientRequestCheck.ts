import type { Verdict } from "../model/verdict.ts";
import type { SigV4Check } from "../sender/verifySigV4.ts";
import type { InterceptedRequest } from "./interceptedRequest.ts";
import type { RequestView } from "./requestView.ts";

/** What a request is checked against: what the client was asked to send, and facts worked out once. */
export interface ClientRequestContext {
  expected: { channelArn: string; externalId?: string };
  region: string;
  view: RequestView;
  /** The signature recomputed with the credentials the harness gave the client. */
  signature: SigV4Check;
}

/** A request check: a small pure function of one intercepted request. */
export type ClientRequestCheck = (request: InterceptedRequest, ctx: ClientRequestContext) => Verdict;
