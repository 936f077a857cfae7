import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { WireResponse } from "./stages.ts";

/** Ends the response with its last bytes, or, with `keepOpen`, writes them and leaves the end to the caller. */
function writeLast(res: ServerResponse, bytes: string | Buffer, keepOpen: boolean): void {
  if (keepOpen) res.write(bytes);
  else res.end(bytes);
}

/**
 * The answer's headers with a fresh request id (and the body's length when it goes out in one piece). Copied key by
 * key: V8 adds a property to an object made by spread on a slow path, which made this 3-6 µs a response.
 */
function headersOf(response: WireResponse, contentLength?: number): Record<string, string | number> {
  const headers: Record<string, string | number> = {};
  for (const name in response.headers) headers[name] = response.headers[name] as string;
  headers["x-amzn-requestid"] = randomUUID();
  if (contentLength !== undefined) headers["content-length"] = contentLength;
  return headers;
}

/**
 * Sends a response with a fresh request id; the body is JSON text unless a fault made it something else. With
 * `keepOpen`, every byte of the answer is written but the response is not ended: the caller ends it later.
 */
export function writeResponse(res: ServerResponse, response: WireResponse, keepOpen = false): void {
  const text = JSON.stringify(response.body) ?? "";
  if (response.framing === "chunked") {
    // No Content-Length: node frames the body with Transfer-Encoding: chunked, here in two chunks.
    res.writeHead(response.status, headersOf(response));
    const bytes = Buffer.from(text);
    const half = Math.floor(bytes.length / 2);
    if (half > 0) res.write(bytes.subarray(0, half));
    writeLast(res, bytes.subarray(half), keepOpen);
    return;
  }
  res.writeHead(response.status, headersOf(response, Buffer.byteLength(text)));
  writeLast(res, text, keepOpen);
}
