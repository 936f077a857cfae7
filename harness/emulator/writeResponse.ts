import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { WireResponse } from "./stages.ts";

/**
 * Sends a response with a fresh request id; the body is JSON text unless a fault made it something else. With
 * `keepOpen`, every byte of the answer is written but the response is not ended: the caller ends it later.
 */
export function writeResponse(res: ServerResponse, response: WireResponse, keepOpen = false): void {
  const last = (bytes: string | Buffer) => (keepOpen ? res.write(bytes) : res.end(bytes));
  const text = JSON.stringify(response.body) ?? "";
  if (response.framing === "chunked") {
    // No Content-Length: node frames the body with Transfer-Encoding: chunked, here in two chunks.
    res.writeHead(response.status, { ...response.headers, "x-amzn-requestid": randomUUID() });
    const bytes = Buffer.from(text);
    const half = Math.floor(bytes.length / 2);
    if (half > 0) res.write(bytes.subarray(0, half));
    last(bytes.subarray(half));
    return;
  }
  res.writeHead(response.status, {
    ...response.headers,
    "x-amzn-requestid": randomUUID(),
    "content-length": Buffer.byteLength(text),
  });
  last(text);
}
