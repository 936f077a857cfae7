import { timingSafeEqual } from "node:crypto";
import { amzDateMs, skewProblem } from "./amzDate.ts";
import { canonicalRequest, type SignableRequest, signatureBytes, UNSIGNED_PAYLOAD } from "./canonicalRequest.ts";
import { isAuthorizationProblem, parseSigV4Authorization, type SigV4Authorization } from "./sigV4Authorization.ts";

const PAYLOAD_HASH_HEADER = "x-amz-content-sha256";

/** What the server expects a signature to be for. */
export interface SigV4Expectation {
  region: string;
  service: string;
  now: Date;
  maxSkewMs?: number;
}

/** The secret of a known access key, and the session token it was issued with, if any. */
export interface KnownKey {
  secretAccessKey: string;
  sessionToken?: string;
}

export type SigV4Refusal = "missing" | "incomplete" | "scope" | "expired" | "token" | "mismatch";

/**
 * `verified`: the signature is the known key's. `unknownKey`: everything but the signature checks out, and the
 * key is not known, so the signature cannot be checked. `refused`: why not, with a message in AWS's words.
 */
export type SigV4Verdict =
  | { kind: "verified"; accessKeyId: string }
  | { kind: "unknownKey"; accessKeyId: string }
  | { kind: "refused"; reason: SigV4Refusal; message: string; accessKeyId?: string };

/** A request as the server received it, with the SHA-256 of all its body bytes. */
export interface ReceivedSignedRequest extends SignableRequest {
  bodySha256Hex: string;
}

const refused = (reason: SigV4Refusal, message: string, accessKeyId?: string): SigV4Verdict => ({
  kind: "refused",
  reason,
  message,
  ...(accessKeyId === undefined ? {} : { accessKeyId }),
});

/** Room for a claimed signature's bytes, reused: a fresh buffer per request was a tenth of the comparison's cost. */
const claimedBytes = Buffer.alloc(32);

/** The claimed signature, already checked to be 64 hex digits, against the computed one, in constant time. */
function sameSignature(claimed: string, computed: Buffer): boolean {
  const written = claimedBytes.write(claimed, "hex");
  return written === computed.length && timingSafeEqual(claimedBytes, computed);
}

/** The form, the scope and the time of a signature: everything that needs no secret. */
function checkClaim(auth: SigV4Authorization, request: ReceivedSignedRequest, want: SigV4Expectation) {
  const signed = amzDateMs(auth.amzDate ?? "");
  if (signed === undefined) return refused("incomplete", "X-Amz-Date is missing or not YYYYMMDDTHHMMSSZ.");
  if (!auth.signedHeaders.includes("host"))
    return refused("incomplete", "'Host' must be a 'SignedHeader' in the AWS Authorization.");
  for (const name of auth.signedHeaders) {
    if (request.headers[name] === undefined)
      return refused("incomplete", `The signed header '${name}' is not in the request.`);
  }
  if (auth.scope.service !== want.service)
    return refused("scope", `Credential should be scoped to correct service: '${want.service}'.`);
  if (auth.scope.region !== want.region) return refused("scope", "Credential should be scoped to a valid region.");
  if (auth.scope.shortDate !== auth.amzDate?.slice(0, 8)) {
    return refused(
      "scope",
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.scope.shortDate}' != '${auth.amzDate?.slice(0, 8)}'.`,
    );
  }
  if (auth.expiresSeconds !== undefined) {
    // A presigned request is good from its date (give or take the skew) until its expiry.
    if (want.now.getTime() > signed + auth.expiresSeconds * 1000) {
      return refused(
        "expired",
        `Signature expired: ${auth.amzDate} plus X-Amz-Expires ${auth.expiresSeconds}s is in the past.`,
      );
    }
    if (signed <= want.now.getTime()) return undefined;
  }
  const skew = skewProblem(new Date(signed), want.now, want.maxSkewMs);
  return skew === undefined ? undefined : refused("expired", skew);
}

/** The payload hashes the signature may cover: the declared one, or the body's (or UNSIGNED-PAYLOAD, presigned). */
function payloadHashes(auth: SigV4Authorization, request: ReceivedSignedRequest): string[] | undefined {
  const declared = request.headers[PAYLOAD_HASH_HEADER];
  if (declared !== undefined) {
    return declared === UNSIGNED_PAYLOAD || declared === request.bodySha256Hex ? [declared] : undefined;
  }
  return auth.location === "query" ? [request.bodySha256Hex, UNSIGNED_PAYLOAD] : [request.bodySha256Hex];
}

/** Server-side SigV4: reads the claim, checks scope and time, then recomputes the signature with the known secret. */
export function verifySigV4Request(
  request: ReceivedSignedRequest,
  want: SigV4Expectation,
  lookupKey: (accessKeyId: string) => KnownKey | undefined,
): SigV4Verdict {
  const auth = parseSigV4Authorization(request.headers, request.rawQuery);
  if (isAuthorizationProblem(auth)) {
    return auth.kind === "missing"
      ? refused("missing", "Missing Authentication Token")
      : refused("incomplete", auth.message);
  }
  const problem = checkClaim(auth, request, want);
  if (problem !== undefined) return { ...problem, accessKeyId: auth.accessKeyId } as SigV4Verdict;
  const key = lookupKey(auth.accessKeyId);
  if (key === undefined) return { kind: "unknownKey", accessKeyId: auth.accessKeyId };
  if (key.sessionToken !== auth.sessionToken) {
    return refused("token", "The security token included in the request is invalid.", auth.accessKeyId);
  }
  const hashes = payloadHashes(auth, request);
  for (const hash of hashes ?? []) {
    const canonical = canonicalRequest(request, auth.signedHeaders, hash);
    if (sameSignature(auth.signature, signatureBytes(canonical, auth.amzDate ?? "", auth.scope, key.secretAccessKey))) {
      return { kind: "verified", accessKeyId: auth.accessKeyId };
    }
  }
  return refused(
    "mismatch",
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
    auth.accessKeyId,
  );
}
