import { hash } from "node:crypto";
import { encodeRfc3986, queryPairs } from "../query.ts";
import { rememberedByText } from "../remembered.ts";
import { hmac, signingKey } from "./signingKey.ts";

/** The one algorithm this service signs with. */
export const SIGV4_ALGORITHM = "AWS4-HMAC-SHA256";
export const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
/** The query parameter a presigned request carries its signature in; it is left out of what is signed. */
export const SIGNATURE_QUERY_PARAM = "X-Amz-Signature";

/**
 * Canonical paths and queries by their raw text: a client sends the same path and channel query again and
 * again, and re-encoding and sorting them was a fifth of checking a small request's signature.
 */
const canonicalPaths = new Map<string, string>();
const canonicalQueries = new Map<string, string>();

/** What SigV4 signs of a request, as the server received it (or the client will send it). */
export interface SignableRequest {
  method: string;
  /** The path as on the request line (already percent-encoded), without the query. */
  rawPath: string;
  /** The query as on the request line, without the `?`. */
  rawQuery: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
}

/** One-shot: a Hash object per call cost more than the hashing of a small request. */
export function sha256Hex(data: string | Uint8Array): string {
  return hash("sha256", data, "hex");
}

/** Every pair re-encoded and sorted by name, then value; the signature parameter itself is left out. */
function computeCanonicalQuery(rawQuery: string): string {
  return queryPairs(rawQuery)
    .filter(([name]) => name !== SIGNATURE_QUERY_PARAM)
    .map(([name, value]) => [encodeRfc3986(name), encodeRfc3986(value)])
    .sort(([a = "", x = ""], [b = "", y = ""]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
}

export function canonicalQuery(rawQuery: string): string {
  return rememberedByText(canonicalQueries, rawQuery, computeCanonicalQuery);
}

/** Services other than S3 normalise the path (`.`, `..`, empty segments) and encode it once more. */
function computeCanonicalPath(rawPath: string): string {
  const segments: string[] = [];
  for (const segment of rawPath.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && rawPath.endsWith("/") ? "/" : "";
  return `/${segments.map(encodeRfc3986).join("/")}${trailing}`;
}

export function canonicalPath(rawPath: string): string {
  return rememberedByText(canonicalPaths, rawPath, computeCanonicalPath);
}

const SPACE = /\s/;

function canonicalHeaderValue(value: string): string {
  return SPACE.test(value) ? value.trim().replace(/\s+/g, " ") : value;
}

/** A signed-header list sorted, and joined as the canonical request lists it. */
interface SortedHeaderList {
  names: readonly string[];
  joined: string;
}

/**
 * Sorted lists by the list they sort: a verifier's lists are shared, frozen, one per text (see sigV4Authorization),
 * so each is sorted and joined once instead of per request.
 */
const sortedLists = new WeakMap<readonly string[], SortedHeaderList>();

function sortedHeaderList(signedHeaders: readonly string[]): SortedHeaderList {
  let sorted = sortedLists.get(signedHeaders);
  if (sorted === undefined) {
    const names = Object.freeze([...signedHeaders].sort());
    sorted = { names, joined: names.join(";") };
    if (Object.isFrozen(signedHeaders)) sortedLists.set(signedHeaders, sorted);
  }
  return sorted;
}

/** The canonical request: method, path, query, the signed headers with their values, the list, the payload hash. */
export function canonicalRequest(request: SignableRequest, signedHeaders: readonly string[], payloadHash: string) {
  const { names, joined } = sortedHeaderList(signedHeaders);
  let headerLines = "";
  for (const name of names) headerLines += `${name}:${canonicalHeaderValue(request.headers[name] ?? "")}\n`;
  const method = request.method.toUpperCase();
  const path = canonicalPath(request.rawPath);
  return `${method}\n${path}\n${canonicalQuery(request.rawQuery)}\n${headerLines}\n${joined}\n${payloadHash}`;
}

/** The scope a signature is valid for: `{date}/{region}/{service}/aws4_request`. */
export interface CredentialScope {
  shortDate: string;
  region: string;
  service: string;
}

export function scopeString(scope: CredentialScope): string {
  return `${scope.shortDate}/${scope.region}/${scope.service}/aws4_request`;
}

/** Scope texts by frozen scope: a verifier's scopes are shared, one per credential text (see sigV4Authorization). */
const scopeTexts = new WeakMap<CredentialScope, string>();

function frozenScopeString(scope: CredentialScope): string {
  if (!Object.isFrozen(scope)) return scopeString(scope);
  let text = scopeTexts.get(scope);
  if (text === undefined) {
    text = scopeString(scope);
    scopeTexts.set(scope, text);
  }
  return text;
}

/** The signature of a canonical request at `amzDate`, with the secret key of the scope's credentials, as bytes. */
export function signatureBytes(canonical: string, amzDate: string, scope: CredentialScope, secretAccessKey: string) {
  const toSign = `${SIGV4_ALGORITHM}\n${amzDate}\n${frozenScopeString(scope)}\n${sha256Hex(canonical)}`;
  return hmac(signingKey(scope, secretAccessKey), toSign);
}

/** The signature of a canonical request at `amzDate`, with the secret key of the scope's credentials. */
export function signatureOf(canonical: string, amzDate: string, scope: CredentialScope, secretAccessKey: string) {
  return signatureBytes(canonical, amzDate, scope, secretAccessKey).toString("hex");
}
