import autocannon from "autocannon";
import type { PreparedRequest } from "../harness/sender/prepareRequest.ts";

export const AUTOCANNON_SECONDS = 3;
export const AUTOCANNON_CONNECTIONS = 10;

/** Requests per second `origin` answers (2xx only) for the prepared request, replayed for a fixed duration. */
export async function autocannonRate(origin: string, prepared: PreparedRequest): Promise<number> {
  // autocannon writes its own Host and Content-Length; a second Content-Length is a 400 from node's parser.
  const { host: _host, "content-length": _length, ...headers } = prepared.sent.headers;
  const result = await autocannon({
    url: `${origin}${prepared.wirePath}`,
    method: prepared.sent.method,
    headers,
    body: Buffer.from(prepared.sent.body),
    connections: AUTOCANNON_CONNECTIONS,
    duration: AUTOCANNON_SECONDS,
  });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${origin}: ${result.errors} errors and ${result.non2xx} non-2xx answers under load`);
  }
  return result.requests.total / result.duration;
}
