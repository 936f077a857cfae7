import { SERVICE } from "../../../generated/constants.ts";
import type { Credentials } from "../../model/target.ts";
import { signSigV4 } from "../../protocol/sigV4/signSigV4.ts";

/** What a test signs with: the emulator's address, Region and caller keys (a RunningEmulator fits). */
export interface SigningTarget {
  port: number;
  region: string;
  credentials: Credentials;
}

/** Percent-encodes decoded query parameters as a client would send them. */
export function rawQueryOf(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join("&");
}

/**
 * The headers a SigV4 client adds to this POST /PutAuditEvents (besides `host`), signed with the target's caller
 * key; `options` changes the key, the time or the Region, as the authentication tests need.
 */
export function signRequest(
  target: SigningTarget,
  query: Record<string, string> | string,
  body: string | Uint8Array,
  options: {
    credentials?: Credentials;
    date?: Date;
    region?: string;
    service?: string;
    headers?: Record<string, string>;
  } = {},
): Record<string, string> {
  const headers = { host: `127.0.0.1:${target.port}`, ...(options.headers ?? { "content-type": "application/json" }) };
  const added = signSigV4(
    {
      method: "POST",
      rawPath: "/PutAuditEvents",
      rawQuery: typeof query === "string" ? query : rawQueryOf(query),
      headers,
    },
    body,
    {
      credentials: options.credentials ?? target.credentials,
      region: options.region ?? target.region,
      service: options.service ?? SERVICE.signingName,
      ...(options.date === undefined ? {} : { date: options.date }),
    },
  );
  const { host: _host, ...sent } = { ...headers, ...added };
  return sent;
}
