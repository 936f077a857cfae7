import autocannon from "autocannon";
import type { PreparedRequest } from "../harness/sender/prepareRequest.ts";

export const AUTOCANNON_SECONDS = 3;
export const AUTOCANNON_CONNECTIONS = 10;

/** What one autocannon run measured: the rate, and how many requests that was. */
export interface AutocannonRun {
  /** Requests answered per second (2xx only). */
  rate: number;
  requests: number;
}

/** How fast `origin` answers the prepared request, replayed for a fixed duration. */
export async function autocannonRate(origin: string, prepared: PreparedRequest): Promise<AutocannonRun> {
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
  return { rate: result.requests.total / result.duration, requests: result.requests.total };
}
