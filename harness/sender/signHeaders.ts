import { createHash } from "node:crypto";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { SERVICE } from "../../generated/constants.ts";
import type { Credentials } from "../model/target.ts";
import { parseQuery } from "../protocol/query.ts";
import { NodeSha256 } from "./nodeSha256.ts";

export interface SignInput {
  method: string;
  url: URL;
  /** The path as it goes on the wire (not URL-normalised). */
  path: string;
  query: string;
  headers: Record<string, string>;
  body: Buffer;
  region: string;
  credentials: Credentials;
  signingDate?: Date;
  /** Send X-Amz-Content-Sha256 (default true); without it the signer still signs the body's hash. */
  contentSha256Header?: boolean;
}

/**
 * One signer per credentials object, Region and key: a signer caches its derived signing key (four HMACs) per
 * day. Keyed by the object (so the cache dies with the target) and by its values (so a changed key is seen).
 */
const signers = new WeakMap<Credentials, Map<string, SignatureV4>>();

function signerFor(credentials: Credentials, region: string, applyChecksum: boolean): SignatureV4 {
  const bySetting = signers.get(credentials) ?? new Map<string, SignatureV4>();
  signers.set(credentials, bySetting);
  const { accessKeyId, secretAccessKey, sessionToken } = credentials;
  const setting = JSON.stringify([region, accessKeyId, secretAccessKey, sessionToken ?? null, applyChecksum]);
  const cached = bySetting.get(setting);
  if (cached !== undefined) return cached;
  const signer = new SignatureV4({
    service: SERVICE.signingName,
    region,
    credentials: { accessKeyId, secretAccessKey, ...(sessionToken === undefined ? {} : { sessionToken }) },
    sha256: NodeSha256,
    applyChecksum,
  });
  if (bySetting.size > 1) bySetting.clear();
  bySetting.set(setting, signer);
  return signer;
}

/**
 * Returns `headers` plus the SigV4 headers for exactly these bytes. The payload hash is computed once with
 * node:crypto and handed over as `x-amz-content-sha256`, which the signer trusts instead of hashing the body
 * again. Without the header, the signer hashes the body itself and signs that hash without sending it.
 */
export async function signHeaders(input: SignInput): Promise<Record<string, string>> {
  const withHeader = input.contentSha256Header !== false;
  const signer = signerFor(input.credentials, input.region, withHeader);
  const payloadHash: Record<string, string> = withHeader
    ? { "x-amz-content-sha256": createHash("sha256").update(input.body).digest("hex") }
    : {};
  const request = new HttpRequest({
    method: input.method,
    protocol: input.url.protocol,
    hostname: input.url.hostname,
    port: input.url.port === "" ? undefined : Number(input.url.port),
    path: input.path,
    query: parseQuery(input.query),
    headers: { ...input.headers, ...payloadHash },
    body: input.body,
  });
  const signed = await signer.sign(request, { signingDate: input.signingDate ?? new Date() });
  return { ...signed.headers };
}
