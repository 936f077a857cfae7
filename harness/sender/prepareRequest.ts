import { OPERATION } from "../../generated/constants.ts";
import type { CaseRequest } from "../model/caseRequest.ts";
import type { SentRequest } from "../model/exchange.ts";
import type { TargetConfig } from "../model/target.ts";
import { buildQuery } from "./buildQuery.ts";
import { encodeBody } from "./encodeBody.ts";
import { type EndpointParts, signHeaders } from "./signHeaders.ts";

export interface PreparedRequest {
  /** What goes out, as recorded. */
  sent: SentRequest;
  origin: string;
  /** Path plus query exactly as written on the request line. */
  wirePath: string;
  /** What the HTTP client is handed: the body's pieces when chunked, and headers without Transfer-Encoding. */
  wire: { headers: Record<string, string>; body: Buffer | Buffer[] };
}

/** `body` cut into `chunks` pieces of near-equal size (at least one byte each, one piece for an empty body). */
export function chunksOf(body: Buffer, chunks: number): Buffer[] {
  const count = Math.max(1, Math.min(Math.floor(chunks), body.byteLength));
  const size = Math.ceil(body.byteLength / count);
  return Array.from({ length: count }, (_, index) => body.subarray(index * size, (index + 1) * size)).filter(
    (piece, index) => index === 0 || piece.byteLength > 0,
  );
}

/** Case headers replace any header of the same name, whatever its case: they may break the signature on purpose. */
function applyExtraHeaders(headers: Record<string, string>, extra: Record<string, string>): Record<string, string> {
  if (Object.keys(extra).length === 0) return headers;
  const result = { ...headers };
  for (const [name, value] of Object.entries(extra)) {
    for (const existing of Object.keys(result)) {
      if (existing.toLowerCase() === name.toLowerCase()) delete result[existing];
    }
    result[name] = value;
  }
  return result;
}

interface ParsedEndpoint {
  url: URL;
  /** The endpoint's path without its trailing slashes: the operation's path goes after it. */
  basePath: string;
  /** What the signer reads of it. */
  parts: EndpointParts;
}

/** The last endpoint parsed: a sender sends every request to the same one (the URL is only read, never changed). */
let lastEndpoint: { text: string; parsed: ParsedEndpoint } | undefined;

function parsedEndpoint(endpoint: string): ParsedEndpoint {
  if (lastEndpoint?.text !== endpoint) {
    const url = new URL(endpoint);
    const parts = {
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port === "" ? undefined : Number(url.port),
    };
    lastEndpoint = { text: endpoint, parsed: { url, basePath: url.pathname.replace(/\/+$/, ""), parts } };
  }
  return lastEndpoint.parsed;
}

/** Builds the exact request a case describes, signed over the bytes that will be sent. */
export async function prepareRequest(
  target: Pick<TargetConfig, "endpoint" | "region" | "credentials">,
  request: CaseRequest,
  signingDate?: Date,
): Promise<PreparedRequest> {
  const { url: base, basePath, parts } = parsedEndpoint(target.endpoint);
  const path = basePath + (request.path ?? OPERATION.path);
  const query = buildQuery(request);
  const wirePath = request.rawQuery !== undefined || query !== "" ? `${path}?${query}` : path;
  const method = request.method ?? OPERATION.method;
  const body = encodeBody(request.body);
  const contentType = request.contentType === undefined ? "application/json" : request.contentType;
  const chunked = request.transfer?.encoding === "chunked";
  // A chunked body declares no length; the HTTP client writes Transfer-Encoding itself (it refuses it as a header).
  let headers: Record<string, string> = chunked
    ? { host: base.host }
    : { host: base.host, "content-length": String(body.byteLength) };
  if (contentType !== null) headers["content-type"] = contentType;
  if (request.sign !== false) {
    headers = await signHeaders({
      method,
      endpoint: parts,
      path,
      query,
      headers,
      body,
      region: target.region,
      credentials: target.credentials,
      signingDate,
      contentSha256Header: request.contentSha256Header !== false,
    });
  }
  headers = applyExtraHeaders(headers, request.headers ?? {});
  const wire = {
    headers,
    body: request.transfer?.encoding === "chunked" ? chunksOf(body, request.transfer.chunks) : body,
  };
  const sentHeaders = chunked ? { ...headers, "transfer-encoding": "chunked" } : headers;
  return {
    sent: { method, url: base.origin + wirePath, headers: sentHeaders, body },
    origin: base.origin,
    wirePath,
    wire,
  };
}
