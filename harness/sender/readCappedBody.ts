import type { Readable } from "node:stream";

export interface CappedBody {
  body: Uint8Array;
  /** Bytes read off the wire (all of them unless `abandoned` or `error`). */
  bytesRead: number;
  truncated: boolean;
  /** The stream was destroyed at the ceiling: the connection is dropped instead of drained. */
  abandoned: boolean;
  /** Why the body ended early (reset, timeout, length mismatch); kept as data so the caller knows how far it got. */
  error?: unknown;
}

/**
 * Keeps the first `keep` bytes and reads-and-drops the rest, so a keep-alive connection stays usable; past
 * `ceiling` bytes it destroys the stream (and undici the socket): draining 50 MB would cost minutes, not memory.
 */
export async function readCappedBody(stream: Readable, keep: number, ceiling: number): Promise<CappedBody> {
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let bytesRead = 0;
  const result = (extra: Partial<CappedBody>): CappedBody => ({
    body: Buffer.concat(kept),
    bytesRead,
    truncated: bytesRead > keptBytes,
    abandoned: false,
    ...extra,
  });
  try {
    for await (const chunk of stream) {
      const buf: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      bytesRead += buf.byteLength;
      if (keptBytes < keep) {
        const slice = buf.subarray(0, keep - keptBytes);
        kept.push(slice);
        keptBytes += slice.byteLength;
      }
      if (bytesRead > ceiling) {
        stream.destroy();
        return result({ abandoned: true });
      }
    }
  } catch (error) {
    return result({ error });
  }
  return result({});
}
