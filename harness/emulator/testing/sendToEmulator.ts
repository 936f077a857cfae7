import { Readable } from "node:stream";
import { request } from "undici";
import { SERVICE } from "../../../generated/constants.ts";
import { signSigV4 } from "../../protocol/sigV4/signSigV4.ts";
import { rawQueryOf, type SigningTarget } from "./signRequest.ts";

export interface EmulatorRequest {
  method?: string;
  path?: string;
  /** Decoded parameters, percent-encoded on the way out; a string is sent as the raw query. */
  query?: Record<string, string> | string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Sent as Content-Type; null sends none. Default application/json. */
  contentType?: string | null;
  /** Sent without a signature even to a target with keys. */
  unsigned?: boolean;
  /** Send the body as a stream: Transfer-Encoding: chunked, no Content-Length. */
  chunked?: boolean;
}

export interface EmulatorAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: unknown;
}

function rawQuery(query: EmulatorRequest["query"]): string {
  if (query === undefined) return "";
  return typeof query === "string" ? query : rawQueryOf(query);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The request's headers, plus a SigV4 signature with the target's caller key unless the request has its own. */
function headersFor(target: string | SigningTarget, req: EmulatorRequest, path: string, query: string) {
  const headers = {
    ...(req.contentType === null ? {} : { "content-type": req.contentType ?? "application/json" }),
    ...req.headers,
  };
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  if (typeof target === "string" || req.unsigned || "authorization" in lower) return headers;
  const signed = signSigV4(
    {
      method: req.method ?? "POST",
      rawPath: path,
      rawQuery: query,
      headers: { ...lower, host: `127.0.0.1:${target.port}` },
    },
    req.body ?? "",
    { credentials: target.credentials, region: target.region, service: SERVICE.signingName },
  );
  return { ...headers, ...signed };
}

/**
 * One request to a running emulator (tests only talk to 127.0.0.1); never throws on an HTTP status. Given the
 * emulator itself (not just its URL), the request is signed with its caller key, as every real client does.
 */
export async function sendToEmulator(target: string | SigningTarget, req: EmulatorRequest): Promise<EmulatorAnswer> {
  const baseUrl = typeof target === "string" ? target : `http://127.0.0.1:${target.port}`;
  const path = req.path ?? "/PutAuditEvents";
  const query = rawQuery(req.query);
  const response = await request(`${baseUrl}${path}${query === "" ? "" : `?${query}`}`, {
    method: (req.method ?? "POST") as "POST",
    headers: headersFor(target, req, path, query),
    body: req.chunked ? Readable.from([Buffer.from(req.body ?? "")], { objectMode: false }) : (req.body ?? ""),
  });
  const text = await response.body.text();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return { status: response.statusCode, headers, text, json: parseJson(text) };
}
