import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { WireResponse } from "./stages.ts";

/** Sends a response with a fresh request id; the body is JSON text unless a fault made it something else. */
export function writeResponse(res: ServerResponse, response: WireResponse): void {
  const text = JSON.stringify(response.body) ?? "";
  res.writeHead(response.status, {
    ...response.headers,
    "x-amzn-requestid": randomUUID(),
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}
