import { hash } from "node:crypto";
import { HttpRequest } from "@smithy/protocol-http";
import { SERVICE } from "../../generated/constants.ts";
import type { Credentials } from "../model/target.ts";
import { parseQuery, type QueryValues } from "../protocol/query.ts";
import { NodeSha256 } from "./nodeSha256.ts";
import { RememberingSignatureV4 } from "./rememberingSignatureV4.ts";

/** The parts of the endpoint the signer reads (the port only when the URL names one). */
export interface EndpointParts {
  protocol: string;
  hostname: string;
  port: number | undefined;
}

export interface SignInput {
  method: string;
  endpoint: EndpointParts;
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

interface CachedSigner {
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string | undefined;
  applyChecksum: boolean;
  signer: RememberingSignatureV4;
}

/**
 * One signer per credentials object, Region and key: a signer caches its derived signing key (four HMACs) per
 * day. Keyed by the object (so the cache dies with the target) and by its values (so a changed key is seen).
 */
const signers = new WeakMap<Credentials, CachedSigner[]>();
/** The signer of the last request: a run signs every request with the same one. */
let lastSigner: (CachedSigner & { credentials: Credentials }) | undefined;

function isFor(
  entry: CachedSigner,
  { accessKeyId, secretAccessKey, sessionToken }: Credentials,
  region: string,
  applyChecksum: boolean,
): boolean {
  return (
    entry.region === region &&
    entry.accessKeyId === accessKeyId &&
    entry.secretAccessKey === secretAccessKey &&
    entry.sessionToken === sessionToken &&
    entry.applyChecksum === applyChecksum
  );
}

function signerFor(credentials: Credentials, region: string, applyChecksum: boolean): RememberingSignatureV4 {
  if (lastSigner?.credentials === credentials && isFor(lastSigner, credentials, region, applyChecksum))
    return lastSigner.signer;
  const cached = signers.get(credentials) ?? [];
  signers.set(credentials, cached);
  let entry = cached.find((known) => isFor(known, credentials, region, applyChecksum));
  if (entry === undefined) {
    const { accessKeyId, secretAccessKey, sessionToken } = credentials;
    const signer = new RememberingSignatureV4({
      service: SERVICE.signingName,
      region,
      credentials: { accessKeyId, secretAccessKey, ...(sessionToken === undefined ? {} : { sessionToken }) },
      sha256: NodeSha256,
      applyChecksum,
    });
    if (cached.length > 1) cached.length = 0;
    entry = { region, accessKeyId, secretAccessKey, sessionToken, applyChecksum, signer };
    cached.push(entry);
  }
  lastSigner = { ...entry, credentials };
  return entry.signer;
}

/** The last query parsed: a run sends the same channel query again and again (the signer copies it, never edits it). */
let lastQuery: { text: string; values: QueryValues } | undefined;

function queryValues(text: string): QueryValues {
  if (lastQuery?.text !== text) lastQuery = { text, values: parseQuery(text) };
  return lastQuery.values;
}

/**
 * Returns `headers` plus the SigV4 headers for exactly these bytes. The payload hash is computed once with
 * node:crypto and handed over as `x-amz-content-sha256`, which the signer trusts instead of hashing the body
 * again. Without the header, the signer hashes the body itself and signs that hash without sending it.
 */
export async function signHeaders(input: SignInput): Promise<Record<string, string>> {
  const withHeader = input.contentSha256Header !== false;
  const signer = signerFor(input.credentials, input.region, withHeader);
  const headers = { ...input.headers };
  if (withHeader) headers["x-amz-content-sha256"] = hash("sha256", input.body, "hex");
  const { protocol, hostname, port } = input.endpoint;
  const request = new HttpRequest({
    method: input.method,
    protocol,
    hostname,
    port,
    path: input.path,
    query: queryValues(input.query),
    headers,
    body: input.body,
  });
  const signed = await signer.sign(request, { signingDate: input.signingDate ?? new Date() });
  // The signer hands back a copy of the request with headers of its own: no one else holds them.
  return signed.headers;
}
