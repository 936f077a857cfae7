import { queryPairs } from "../query.ts";
import { rememberedByText } from "../remembered.ts";
import type { CredentialScope } from "./canonicalRequest.ts";
import { SIGV4_ALGORITHM } from "./canonicalRequest.ts";

/** What a request claims about its signature, read from the `Authorization` header or a presigned query. */
export interface SigV4Authorization {
  location: "header" | "query";
  accessKeyId: string;
  scope: CredentialScope;
  signedHeaders: readonly string[];
  signature: string;
  /** `X-Amz-Date` from the header or the query; undefined when absent. */
  amzDate?: string;
  sessionToken?: string;
  /** Presigned only: seconds the signature stays valid after `amzDate`. */
  expiresSeconds?: number;
}

/** Nothing says the request is signed at all, or it says so in a shape that cannot be read. */
export type AuthorizationProblem = { kind: "missing" } | { kind: "malformed"; message: string };

const SIGNED_HEADERS = /^[a-z0-9!#$%&'*+.^_`|~-]+(;[a-z0-9!#$%&'*+.^_`|~-]+)*$/;
const SIGNATURE = /^[0-9a-f]{64}$/;

type ParsedCredential = { readonly accessKeyId: string; readonly scope: Readonly<CredentialScope> };

/**
 * A client sends the same credential and signed-header list all day, and splitting and checking them again was a
 * tenth of reading a claim: both are read once per text and frozen, since every request that sends it shares one
 * (null: malformed).
 */
const credentials = new Map<string, ParsedCredential | null>();
const signedHeaderLists = new Map<string, readonly string[] | null>();

function readOnce<V>(cache: Map<string, V | null>, text: string, read: (text: string) => V | undefined) {
  return rememberedByText(cache, text, (value) => read(value) ?? null) ?? undefined;
}

const credentialOf = (text: string) =>
  readOnce(credentials, text, (value) => {
    const parsed = parseCredential(value);
    return parsed === undefined ? undefined : Object.freeze({ ...parsed, scope: Object.freeze(parsed.scope) });
  });

const signedHeadersOf = (text: string) =>
  readOnce(signedHeaderLists, text, (value) =>
    SIGNED_HEADERS.test(value) ? Object.freeze(value.split(";")) : undefined,
  );

/** `AK/20240101/us-east-1/cloudtrail-data/aws4_request` into its parts. */
function parseCredential(value: string): ParsedCredential | undefined {
  const [accessKeyId, shortDate, region, service, terminator, ...rest] = value.split("/");
  if (rest.length > 0 || terminator !== "aws4_request" || !accessKeyId || !region || !service) return undefined;
  if (shortDate === undefined || !/^\d{8}$/.test(shortDate)) return undefined;
  return { accessKeyId, scope: { shortDate, region, service } };
}

/** Who signed and what: the credential and the signed headers of a claim, without its signature. */
type ClaimSigner = Pick<SigV4Authorization, "accessKeyId" | "scope" | "signedHeaders">;

/** A claim, its optional members set one by one rather than spread from literals: this runs for every request. */
function claimOf(
  location: SigV4Authorization["location"],
  { accessKeyId, scope, signedHeaders }: ClaimSigner,
  signature: string,
  amzDate: string | undefined,
  sessionToken: string | undefined,
  expiresSeconds?: number,
): SigV4Authorization {
  const claim: SigV4Authorization = { location, accessKeyId, scope, signedHeaders, signature };
  if (amzDate !== undefined) claim.amzDate = amzDate;
  if (sessionToken !== undefined) claim.sessionToken = sessionToken;
  if (expiresSeconds !== undefined) claim.expiresSeconds = expiresSeconds;
  return claim;
}

function build(
  location: SigV4Authorization["location"],
  parts: { credential?: string; signedHeaders?: string; signature?: string },
  extra: Pick<SigV4Authorization, "amzDate" | "sessionToken" | "expiresSeconds">,
): SigV4Authorization | AuthorizationProblem {
  const credential = credentialOf(parts.credential ?? "");
  if (credential === undefined) {
    return {
      kind: "malformed",
      message: "Authorization Credential is missing or not key/date/region/service/aws4_request.",
    };
  }
  const signedHeaders = signedHeadersOf(parts.signedHeaders ?? "");
  if (signedHeaders === undefined)
    return { kind: "malformed", message: "Authorization SignedHeaders is missing or malformed." };
  if (!SIGNATURE.test(parts.signature ?? ""))
    return { kind: "malformed", message: "Authorization Signature is missing or malformed." };
  const signer = { accessKeyId: credential.accessKeyId, scope: credential.scope, signedHeaders };
  return claimOf(location, signer, parts.signature ?? "", extra.amzDate, extra.sessionToken, extra.expiresSeconds);
}

/** The components of an Authorization header after the algorithm: later ones win, unknown ones are ignored. */
function headerParts(trimmed: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const component of trimmed.slice(SIGV4_ALGORITHM.length).split(",")) {
    const at = component.indexOf("=");
    if (at !== -1) parts[component.slice(0, at).trim()] = component.slice(at + 1).trim();
  }
  return parts;
}

function readHeader(trimmed: string, headers: Record<string, string>): SigV4Authorization | AuthorizationProblem {
  if (!trimmed.startsWith(`${SIGV4_ALGORITHM} `)) {
    return { kind: "malformed", message: `Authorization header requires the ${SIGV4_ALGORITHM} algorithm.` };
  }
  const parts = headerParts(trimmed);
  return build(
    "header",
    { credential: parts.Credential, signedHeaders: parts.SignedHeaders, signature: parts.Signature },
    { amzDate: headers["x-amz-date"], sessionToken: headers["x-amz-security-token"] },
  );
}

const SIGNATURE_LENGTH = 64;
const SIGNATURE_COMPONENT = "Signature=";

/** Whether the text's last component (after its last comma) is `Signature=` alone, give or take leading spaces. */
const endsWithSignatureComponent = (text: string) =>
  text.endsWith(SIGNATURE_COMPONENT) && text.slice(text.lastIndexOf(",") + 1).trimStart() === SIGNATURE_COMPONENT;

/** What a header without its signature says, read once (see `headerPrefixOf`). */
const headerPrefixes = new Map<string, ClaimSigner | null>();

/**
 * A client signs every request with the same credential and header list, so only the last 64 characters of its
 * Authorization header change: when they are the last component, `Signature=` and a well-formed signature, the
 * text before them reads the same every time, and is read once (null: that text does not make a claim).
 */
function headerPrefixOf(prefix: string): ClaimSigner | undefined {
  return readOnce(headerPrefixes, prefix, (text) => {
    const claim = readHeader(`${text}${"0".repeat(SIGNATURE_LENGTH)}`, {});
    if (isAuthorizationProblem(claim)) return undefined;
    const { accessKeyId, scope, signedHeaders } = claim;
    return { accessKeyId, scope, signedHeaders };
  });
}

function fromHeader(header: string, headers: Record<string, string>): SigV4Authorization | AuthorizationProblem {
  const trimmed = header.trim();
  const cut = trimmed.length - SIGNATURE_LENGTH;
  const signature = trimmed.slice(cut);
  const prefix = trimmed.slice(0, cut);
  if (cut <= 0 || !SIGNATURE.test(signature) || !endsWithSignatureComponent(prefix))
    return readHeader(trimmed, headers);
  const known = headerPrefixOf(prefix);
  if (known === undefined) return readHeader(trimmed, headers);
  return claimOf("header", known, signature, headers["x-amz-date"], headers["x-amz-security-token"]);
}

function fromQuery(query: Map<string, string>): SigV4Authorization | AuthorizationProblem {
  if (query.get("X-Amz-Algorithm") !== SIGV4_ALGORITHM) {
    return { kind: "malformed", message: `X-Amz-Algorithm must be ${SIGV4_ALGORITHM}.` };
  }
  const expires = query.get("X-Amz-Expires");
  const expiresSeconds = expires !== undefined && /^\d{1,6}$/.test(expires) ? Number(expires) : undefined;
  if (expiresSeconds === undefined) return { kind: "malformed", message: "X-Amz-Expires is missing or malformed." };
  return build(
    "query",
    {
      credential: query.get("X-Amz-Credential"),
      signedHeaders: query.get("X-Amz-SignedHeaders"),
      signature: query.get("X-Amz-Signature"),
    },
    { amzDate: query.get("X-Amz-Date"), sessionToken: query.get("X-Amz-Security-Token"), expiresSeconds },
  );
}

/** Reads a request's SigV4 claim: the `Authorization` header, or else a presigned query (`X-Amz-Algorithm`). */
export function parseSigV4Authorization(
  headers: Record<string, string>,
  rawQuery: string,
): SigV4Authorization | AuthorizationProblem {
  const header = headers.authorization;
  if (header !== undefined) return fromHeader(header, headers);
  const query = new Map(queryPairs(rawQuery));
  if (!query.has("X-Amz-Algorithm") && !query.has("X-Amz-Signature")) return { kind: "missing" };
  return fromQuery(query);
}

export function isAuthorizationProblem(
  value: SigV4Authorization | AuthorizationProblem,
): value is AuthorizationProblem {
  return "kind" in value;
}
