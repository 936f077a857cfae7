import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import type { BodyLimit, BodyRead } from "../stages.ts";

/** A UTF-16 unit takes at most 3 bytes of UTF-8, so past 3 bytes per unit the limit is certainly exceeded. */
const MAX_UTF8_BYTES_PER_UTF16_UNIT = 3;

function bufferCap(limit: BodyLimit): number {
  return limit.unit === "bytes" ? limit.max : limit.max * MAX_UTF8_BYTES_PER_UTF16_UNIT;
}

/**
 * Streams the body, counting and hashing every byte (the hash serves SigV4) but keeping only up to the cap:
 * a 50 MB body is drained and dropped, never buffered. Content-Length and chunking are left to node's parser.
 */
export async function readBody(stream: Readable, limit: BodyLimit): Promise<BodyRead> {
  const cap = bufferCap(limit);
  const hash = createHash("sha256");
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let totalBytes = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    totalBytes += buffer.length;
    hash.update(buffer);
    if (keptBytes < cap) {
      const part = buffer.subarray(0, cap - keptBytes);
      kept.push(part);
      keptBytes += part.length;
    }
  }
  return {
    bytes: new Uint8Array(Buffer.concat(kept)),
    totalBytes,
    complete: totalBytes <= cap,
    sha256Hex: hash.digest("hex"),
  };
}
