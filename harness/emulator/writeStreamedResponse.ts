import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";

/** A response whose body is produced piece by piece, so that no answer is ever one giant string. */
export interface StreamedResponse {
  status: number;
  headers: Record<string, string>;
  chunks: Iterable<string>;
}

/** Pieces are gathered up to this size before a write: one syscall per event would be slow for small ones. */
const BATCH_CHARACTERS = 64 * 1024;

/** Resolves when the socket can take more, or false when the client went away first. */
function drained(res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const onDrain = () => settle(true);
    const onClose = () => settle(false);
    const settle = (open: boolean) => {
      res.off("drain", onDrain);
      res.off("close", onClose);
      resolve(open);
    };
    res.on("drain", onDrain);
    res.on("close", onClose);
  });
}

/**
 * Writes the response chunked (no Content-Length: its size is unknown until the end), waiting for the socket
 * whenever it is full: memory stays at one batch however long the body, and a client that stops reading or
 * goes away stops the production.
 */
export async function writeStreamedResponse(res: ServerResponse, response: StreamedResponse): Promise<void> {
  res.writeHead(response.status, { ...response.headers, "x-amzn-requestid": randomUUID() });
  let batch = "";
  for (const chunk of response.chunks) {
    batch += chunk;
    if (batch.length < BATCH_CHARACTERS) continue;
    const flowing = res.write(batch);
    batch = "";
    if (res.destroyed || (!flowing && !(await drained(res)))) return;
  }
  res.end(batch);
}
