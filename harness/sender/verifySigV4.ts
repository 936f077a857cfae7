import type { Credentials } from "../model/target.ts";
import { parseAmzDate } from "../protocol/sigV4/amzDate.ts";
import { sha256Hex } from "../protocol/sigV4/canonicalRequest.ts";
import { isAuthorizationProblem, parseSigV4Authorization } from "../protocol/sigV4/sigV4Authorization.ts";
import { verifySigV4Request } from "../protocol/sigV4/verifySigV4Request.ts";

export interface SignedRequestAsReceived {
  method: string;
  /** Path and query as on the request line. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Uint8Array;
}

export type SigV4Check = { valid: true } | { valid: false; reason: string };

/**
 * Checks a captured client request's SigV4 signature from the server's side with the one SigV4 implementation
 * (harness/protocol/sigV4), in the scope the request names and at the time it was signed: a client check judges
 * the signature, not the clock of the moment it is judged.
 */
export async function verifySigV4(received: SignedRequestAsReceived, credentials: Credentials): Promise<SigV4Check> {
  const q = received.url.indexOf("?");
  const rawPath = q === -1 ? received.url : received.url.slice(0, q);
  const rawQuery = q === -1 ? "" : received.url.slice(q + 1);
  const auth = parseSigV4Authorization(received.headers, rawQuery);
  if (isAuthorizationProblem(auth)) {
    return { valid: false, reason: auth.kind === "missing" ? "authorization header missing" : auth.message };
  }
  const signedAt = parseAmzDate(auth.amzDate ?? "");
  if (signedAt === undefined) return { valid: false, reason: "x-amz-date missing or malformed" };
  const verdict = verifySigV4Request(
    { method: received.method, rawPath, rawQuery, headers: received.headers, bodySha256Hex: sha256Hex(received.body) },
    { region: auth.scope.region, service: auth.scope.service, now: signedAt },
    (accessKeyId) => (accessKeyId === credentials.accessKeyId ? credentials : undefined),
  );
  if (verdict.kind === "verified") return { valid: true };
  if (verdict.kind === "unknownKey") return { valid: false, reason: `signed with access key ${verdict.accessKeyId}` };
  return { valid: false, reason: verdict.message };
}
