import { createHash, hash } from "node:crypto";
import { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import type { BodyLimit, BodyRead } from "../stages.ts";

/** A UTF-16 unit takes at most 3 bytes of UTF-8, so past 3 bytes per unit the limit is certainly exceeded. */
const MAX_UTF8_BYTES_PER_UTF16_UNIT = 3;

function bufferCap(limit: BodyLimit): number {
  return limit.unit === "bytes" ? limit.max : limit.max * MAX_UTF8_BYTES_PER_UTF16_UNIT;
}

/** Room for `needed` bytes (at most `cap`), doubling so that many tiny chunks copy in amortised linear time. */
function grow(store: Buffer, used: number, needed: number, cap: number): Buffer {
  if (needed <= store.length) return store;
  const grown = Buffer.allocUnsafe(Math.min(cap, Math.max(needed, store.length * 2, 16 * 1024)));
  store.copy(grown, 0, 0, used);
  return grown;
}

/** The Content-Length the client declared, when the stream is a server request that has one. */
function declaredLength(stream: Readable): number | undefined {
  if (!(stream instanceof IncomingMessage)) return undefined;
  const declared = Number(stream.headers["content-length"]);
  return Number.isSafeInteger(declared) ? declared : undefined;
}

const EMPTY_SHA256_HEX = hash("sha256", "", "hex");

/**
 * Streams the body, counting and hashing every byte (the hash serves SigV4) and keeping up to the cap. A body
 * that will certainly run past the cap is not read at all (its declared length is over it), or no further
 * than the cap (chunked): a 500 MB body costs neither memory nor the time to receive it. Such a read is
 * `abandoned`, and the connection must be closed after the answer. Framing is left to node's parser.
 * Kept bytes are copied into one buffer: keeping each chunk would hold an object per chunk, and a body sent
 * in 1-byte chunks would then cost a hundred bytes of memory per byte. A body within the cap is hashed once,
 * whole, from that buffer: a Hash object per request cost more than hashing a small body.
 */
export function readBody(stream: Readable, limit: BodyLimit): Promise<BodyRead> {
  const cap = bufferCap(limit);
  const declared = declaredLength(stream);
  if (declared !== undefined && declared > cap && !stream.readableEnded) {
    return Promise.resolve({
      bytes: new Uint8Array(0),
      totalBytes: declared,
      complete: false,
      sha256Hex: EMPTY_SHA256_HEX,
      abandoned: true,
    });
  }
  // A declared length is the body's exact size: one allocation instead of a doubling series.
  let kept: Buffer = declared === undefined ? Buffer.alloc(0) : Buffer.allocUnsafe(Math.min(declared, cap));
  let keptBytes = 0;
  let totalBytes = 0;
  /** The bytes read past the cap, which the kept buffer lacks: only an abandoned read has them. */
  let overflow: Buffer | undefined;
  const sha256Hex = (): string => {
    const read = kept.subarray(0, keptBytes);
    if (overflow === undefined) return hash("sha256", read, "hex");
    return createHash("sha256").update(read).update(overflow).digest("hex");
  };
  // Listeners rather than `for await`: the async iterator costs a promise per chunk, a quarter of a small
  // request's time and seconds for a body sent in 1-byte chunks.
  return new Promise((resolve, reject) => {
    const finish = (abandoned: boolean): void => {
      cleanup();
      resolve({
        bytes: new Uint8Array(kept.buffer, kept.byteOffset, keptBytes),
        totalBytes,
        complete: totalBytes <= cap,
        sha256Hex: sha256Hex(),
        ...(abandoned ? { abandoned } : {}),
      });
    };
    const onData = (chunk: unknown): void => {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      totalBytes += buffer.length;
      const room = cap - keptBytes;
      const part = buffer.subarray(0, room);
      kept = grow(kept, keptBytes, keptBytes + part.length, cap);
      part.copy(kept, keptBytes);
      keptBytes += part.length;
      if (totalBytes > cap) {
        overflow = buffer.subarray(room);
        stream.pause();
        finish(true);
      }
    };
    const onEnd = (): void => finish(false);
    const onError = (error: unknown): void => {
      cleanup();
      reject(error);
    };
    const onClose = (): void => onError(new Error("the request body ended before its end"));
    const cleanup = (): void => {
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", onError);
      stream.off("close", onClose);
    };
    // Already read to its end, or already gone: no event would come.
    if (stream.readableEnded) return onEnd();
    if (stream.destroyed) return onError(new Error("the request body was destroyed before it was read"));
    stream.on("data", onData);
    stream.on("end", onEnd);
    stream.on("error", onError);
    stream.on("close", onClose);
  });
}
