import { createHmac, hash } from "node:crypto";

type SourceData = string | ArrayBuffer | ArrayBufferView;
/** What node:crypto takes as is: a string (as UTF-8) or bytes (the signer hands over a Uint8Array, never a copy). */
type Bytes = string | Uint8Array;

function bytes(data: SourceData): Bytes {
  if (typeof data === "string" || data instanceof Uint8Array) return data;
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

function asBuffer(data: Bytes): Buffer {
  return typeof data === "string" ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * SHA-256 (or HMAC-SHA-256 when given a secret) for the SigV4 signer, on node:crypto: the signer hashes the
 * canonical request and signs it with an HMAC on every request, and the pure-JS default made signing most of a
 * small request's client-side cost. (A day's signing key, five more HMACs, is derived once: see
 * RememberingSignatureV4.) The signer updates each hash once, so the data is kept and hashed in one call at the
 * end: a Hash object per call cost more than the hashing.
 */
export class NodeSha256 {
  private parts: Bytes[] = [];

  constructor(private readonly secret?: SourceData) {}

  update(data: SourceData): void {
    this.parts.push(bytes(data));
  }

  async digest(): Promise<Uint8Array> {
    return this.secret === undefined ? this.sha256() : this.hmac(this.secret);
  }

  reset(): void {
    this.parts = [];
  }

  private data(): Bytes {
    const [only] = this.parts;
    return this.parts.length === 1 && only !== undefined ? only : Buffer.concat(this.parts.map(asBuffer));
  }

  private sha256(): Buffer {
    // Text out and back: node:crypto hands a digest over as text ("binary" is latin1) for half the cost of a Buffer.
    return Buffer.from(hash("sha256", this.data(), "binary"), "latin1");
  }

  private hmac(secret: SourceData): Buffer {
    return createHmac("sha256", bytes(secret)).update(this.data()).digest();
  }
}
