import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { SERVICE } from "../../../generated/constants.ts";
import { PROBE_CHANNELS, probeEvent } from "../../emulator/faults/probeRequests.ts";
import type { RequestExpectation } from "../checkClientRequest.ts";
import type { InterceptedRequest } from "../interceptedRequest.ts";

export const TEST_EXPECTATION: RequestExpectation = {
  channelArn: PROBE_CHANNELS.own,
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test/secret" },
};

export interface RequestParts {
  method?: string;
  path?: string;
  query?: Record<string, string>;
  contentType?: string;
  body?: unknown;
  region?: string;
  /** Applied after signing: breaks the signature when it changes signed parts. */
  after?: (request: InterceptedRequest) => InterceptedRequest;
}

/** A request as aws-sdk would send it (valid unless `parts` say otherwise), signed with TEST_EXPECTATION's key. */
export async function signedRequest(parts: RequestParts = {}): Promise<InterceptedRequest> {
  const query = parts.query ?? { channelArn: PROBE_CHANNELS.own };
  const body = JSON.stringify(parts.body ?? { auditEvents: [probeEvent("a"), probeEvent("b")] });
  const signer = new SignatureV4({
    credentials: TEST_EXPECTATION.credentials,
    region: parts.region ?? TEST_EXPECTATION.region,
    service: SERVICE.signingName,
    sha256: Sha256,
  });
  const path = parts.path ?? "/PutAuditEvents";
  const headers = { host: "127.0.0.1:4599", "content-type": parts.contentType ?? "application/json" };
  const signed = await signer.sign(
    new HttpRequest({ method: parts.method ?? "POST", hostname: "127.0.0.1", port: 4599, path, query, headers, body }),
  );
  const search = new URLSearchParams(query).toString().replaceAll("+", "%20");
  const request: InterceptedRequest = {
    method: parts.method ?? "POST",
    url: search === "" ? path : `${path}?${search}`,
    headers: Object.fromEntries(Object.entries(signed.headers).map(([name, value]) => [name.toLowerCase(), value])),
    body: new TextEncoder().encode(body),
    receivedAt: new Date(0).toISOString(),
  };
  return parts.after === undefined ? request : parts.after(request);
}
