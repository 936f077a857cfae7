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
 * One body being read: the bytes kept so far, in one buffer grown as needed, and its listeners. A class with its
 * listeners bound once, rather than a closure per listener, keeps the per-request garbage small.
 */
class BodyReader {
  private kept: Buffer;
  private keptBytes = 0;
  private totalBytes = 0;
  /** The bytes read past the cap, which the kept buffer lacks: only an abandoned read has them. */
  private overflow: Buffer | undefined;
  private readonly onData = this.take.bind(this);
  private readonly onEnd = this.finish.bind(this, false);
  private readonly onError = this.fail.bind(this);
  private readonly onClose = this.closedEarly.bind(this);

  constructor(
    private readonly stream: Readable,
    private readonly cap: number,
    declared: number | undefined,
    private readonly resolve: (read: BodyRead) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    // A declared length is the body's exact size: one allocation instead of a doubling series.
    this.kept = declared === undefined ? Buffer.alloc(0) : Buffer.allocUnsafe(Math.min(declared, cap));
  }

  start(): void {
    const { stream } = this;
    // Already read to its end, or already gone: no event would come.
    if (stream.readableEnded) this.finish(false);
    else if (stream.destroyed) this.fail(new Error("the request body was destroyed before it was read"));
    else this.listen();
  }

  private listen(): void {
    const { stream } = this;
    stream.on("data", this.onData);
    stream.on("end", this.onEnd);
    stream.on("error", this.onError);
    stream.on("close", this.onClose);
  }

  private take(chunk: unknown): void {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    this.totalBytes += buffer.length;
    const room = this.cap - this.keptBytes;
    const part = buffer.subarray(0, room);
    this.kept = grow(this.kept, this.keptBytes, this.keptBytes + part.length, this.cap);
    part.copy(this.kept, this.keptBytes);
    this.keptBytes += part.length;
    if (this.totalBytes > this.cap) {
      this.overflow = buffer.subarray(room);
      this.stream.pause();
      this.finish(true);
    }
  }

  private sha256Hex(): string {
    const read = this.kept.subarray(0, this.keptBytes);
    if (this.overflow === undefined) return hash("sha256", read, "hex");
    return createHash("sha256").update(read).update(this.overflow).digest("hex");
  }

  private finish(abandoned: boolean): void {
    this.cleanup();
    const { kept, keptBytes, totalBytes } = this;
    this.resolve({
      bytes: new Uint8Array(kept.buffer, kept.byteOffset, keptBytes),
      totalBytes,
      complete: totalBytes <= this.cap,
      sha256Hex: this.sha256Hex(),
      ...(abandoned ? { abandoned } : {}),
    });
  }

  private fail(error: unknown): void {
    this.cleanup();
    this.reject(error);
  }

  private closedEarly(): void {
    this.fail(new Error("the request body ended before its end"));
  }

  private cleanup(): void {
    const { stream } = this;
    stream.off("data", this.onData);
    stream.off("end", this.onEnd);
    stream.off("error", this.onError);
    stream.off("close", this.onClose);
  }
}

/**
 * Streams the body, counting and hashing every byte (the hash serves SigV4) and keeping up to the cap. A body
 * that will certainly run past the cap is not read at all (its declared length is over it), or no further
 * than the cap (chunked): a 500 MB body costs neither memory nor the time to receive it. Such a read is
 * `abandoned`, and the connection must be closed after the answer. Framing is left to node's parser.
 * Kept bytes are copied into one buffer: keeping each chunk would hold an object per chunk, and a body sent
 * in 1-byte chunks would then cost a hundred bytes of memory per byte. A body within the cap is hashed once,
 * whole, from that buffer: a Hash object per request cost more than hashing a small body. Listeners rather than
 * `for await`: the async iterator costs a promise per chunk, a quarter of a small request's time and seconds
 * for a body sent in 1-byte chunks.
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
  return new Promise((resolve, reject) => new BodyReader(stream, cap, declared, resolve, reject).start());
}
