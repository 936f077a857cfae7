import { Readable } from "node:stream";
import { request } from "undici";

export interface EmulatorRequest {
  method?: string;
  path?: string;
  /** Decoded parameters, percent-encoded on the way out; a string is sent as the raw query. */
  query?: Record<string, string> | string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Sent as Content-Type; null sends none. Default application/json. */
  contentType?: string | null;
  /** Send the body as a stream: Transfer-Encoding: chunked, no Content-Length. */
  chunked?: boolean;
}

export interface EmulatorAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: unknown;
}

function queryString(query: EmulatorRequest["query"]): string {
  if (query === undefined) return "";
  if (typeof query === "string") return query === "" ? "" : `?${query}`;
  const pairs = Object.entries(query).map(
    ([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
  );
  return pairs.length === 0 ? "" : `?${pairs.join("&")}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One request to a running emulator (tests only talk to 127.0.0.1); never throws on an HTTP status. */
export async function sendToEmulator(baseUrl: string, req: EmulatorRequest): Promise<EmulatorAnswer> {
  const response = await request(`${baseUrl}${req.path ?? "/PutAuditEvents"}${queryString(req.query)}`, {
    method: (req.method ?? "POST") as "POST",
    headers: {
      ...(req.contentType === null ? {} : { "content-type": req.contentType ?? "application/json" }),
      ...req.headers,
    },
    body: req.chunked ? Readable.from([Buffer.from(req.body ?? "")], { objectMode: false }) : (req.body ?? ""),
  });
  const text = await response.body.text();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return { status: response.statusCode, headers, text, json: parseJson(text) };
}
