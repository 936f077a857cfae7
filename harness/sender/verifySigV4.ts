import { createHash } from "node:crypto";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { Credentials } from "../model/target.ts";
import { parseQuery } from "./parseQuery.ts";

export interface SignedRequestAsReceived {
  method: string;
  /** Path and query as on the request line. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Uint8Array;
}

export type SigV4Check = { valid: true } | { valid: false; reason: string };

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;

function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : undefined;
}

/**
 * Recomputes a received request's SigV4 signature with the signer the sender uses, from the server's side: only the
 * signed headers, the received bytes' own hash. Independent of the sender's code path except the signing library.
 */
export async function verifySigV4(received: SignedRequestAsReceived, credentials: Credentials): Promise<SigV4Check> {
  const m = AUTHORIZATION.exec(received.headers.authorization ?? "");
  if (!m) return { valid: false, reason: "authorization header missing or malformed" };
  const [, , , region = "", service = "", signedList = ""] = m;
  const date = parseAmzDate(received.headers["x-amz-date"] ?? "");
  if (date === undefined) return { valid: false, reason: "x-amz-date missing or malformed" };
  const bodyHash = createHash("sha256").update(received.body).digest("hex");
  const declaredHash = received.headers["x-amz-content-sha256"];
  if (declaredHash !== undefined && declaredHash !== bodyHash) return { valid: false, reason: "payload hash mismatch" };
  const headers: Record<string, string> = {};
  for (const name of signedList.split(";")) headers[name] = received.headers[name] ?? "";
  // The hash the signature covers is the received bytes' own, whatever the header claims.
  if ("x-amz-content-sha256" in headers) headers["x-amz-content-sha256"] = bodyHash;
  const q = received.url.indexOf("?");
  const request = new HttpRequest({
    method: received.method,
    hostname: (received.headers.host ?? "").replace(/:\d+$/, ""),
    path: q === -1 ? received.url : received.url.slice(0, q),
    query: q === -1 ? {} : parseQuery(received.url.slice(q + 1)),
    headers,
    body: received.body,
  });
  const signer = new SignatureV4({ service, region, credentials, sha256: Sha256, applyChecksum: false });
  const resigned = await signer.sign(request, { signingDate: date });
  const expected = resigned.headers.authorization;
  return expected === received.headers.authorization
    ? { valid: true }
    : { valid: false, reason: `expected ${expected}, got ${received.headers.authorization}` };
}
