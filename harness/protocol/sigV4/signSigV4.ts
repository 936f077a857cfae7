import { encodeRfc3986 } from "../query.ts";
import { formatAmzDate } from "./amzDate.ts";
import {
  canonicalRequest,
  SIGNATURE_QUERY_PARAM,
  SIGV4_ALGORITHM,
  type SignableRequest,
  scopeString,
  sha256Hex,
  signatureOf,
  UNSIGNED_PAYLOAD,
} from "./canonicalRequest.ts";

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SigningOptions {
  credentials: SigningCredentials;
  region: string;
  service: string;
  /** The signing time; default now. */
  date?: Date;
}

function scopeOf(options: SigningOptions, amzDate: string) {
  return { shortDate: amzDate.slice(0, 8), region: options.region, service: options.service };
}

/**
 * The headers to add so that the request is signed in the `Authorization` header: `x-amz-date`, the session
 * token if any, and `authorization`. Every header of `request` (which must include `host`) is signed.
 */
export function signSigV4(
  request: SignableRequest,
  body: string | Uint8Array,
  options: SigningOptions,
): Record<string, string> {
  const amzDate = formatAmzDate(options.date ?? new Date());
  const token = options.credentials.sessionToken;
  const added: Record<string, string> = {
    "x-amz-date": amzDate,
    ...(token === undefined ? {} : { "x-amz-security-token": token }),
  };
  const headers = { ...request.headers, ...added };
  const signedHeaders = Object.keys(headers).sort();
  const payloadHash = headers["x-amz-content-sha256"] ?? sha256Hex(body);
  const canonical = canonicalRequest({ ...request, headers }, signedHeaders, payloadHash);
  const scope = scopeOf(options, amzDate);
  const signature = signatureOf(canonical, amzDate, scope, options.credentials.secretAccessKey);
  const credential = `${options.credentials.accessKeyId}/${scopeString(scope)}`;
  return {
    ...added,
    authorization: `${SIGV4_ALGORITHM} Credential=${credential}, SignedHeaders=${signedHeaders.join(";")}, Signature=${signature}`,
  };
}

/**
 * The raw query of a presigned request: the request's own query plus `X-Amz-*` parameters and the signature.
 * Only `host` is signed; the payload is UNSIGNED-PAYLOAD unless `signPayload` asks for the body's hash.
 */
export function presignSigV4(
  request: SignableRequest,
  body: string | Uint8Array,
  options: SigningOptions & { expiresSeconds: number; signPayload?: boolean },
): string {
  const amzDate = formatAmzDate(options.date ?? new Date());
  const scope = scopeOf(options, amzDate);
  const token = options.credentials.sessionToken;
  const params: [string, string][] = [
    ["X-Amz-Algorithm", SIGV4_ALGORITHM],
    ["X-Amz-Credential", `${options.credentials.accessKeyId}/${scopeString(scope)}`],
    ["X-Amz-Date", amzDate],
    ["X-Amz-Expires", String(options.expiresSeconds)],
    ["X-Amz-SignedHeaders", "host"],
    ...(token === undefined ? [] : [["X-Amz-Security-Token", token] as [string, string]]),
  ];
  const encoded = params.map(([name, value]) => `${name}=${encodeRfc3986(value)}`).join("&");
  const rawQuery = request.rawQuery === "" ? encoded : `${request.rawQuery}&${encoded}`;
  const payloadHash = options.signPayload ? sha256Hex(body) : UNSIGNED_PAYLOAD;
  const canonical = canonicalRequest({ ...request, rawQuery }, ["host"], payloadHash);
  const signature = signatureOf(canonical, amzDate, scope, options.credentials.secretAccessKey);
  return `${rawQuery}&${SIGNATURE_QUERY_PARAM}=${signature}`;
}
