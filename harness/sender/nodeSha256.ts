import { createHmac, hash } from "node:crypto";

type SourceData = string | ArrayBuffer | ArrayBufferView;

function bytes(data: SourceData): Buffer | string {
  if (typeof data === "string") return data;
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

/**
 * SHA-256 (or HMAC-SHA-256 when given a secret) for the SigV4 signer, on node:crypto: the signer derives its
 * key and signs with several HMACs per request, and the pure-JS default made signing most of a small request's
 * client-side cost. The signer updates each hash once, so the data is kept and hashed in one call at the end:
 * a Hash object per call cost more than the hashing.
 */
export class NodeSha256 {
  private parts: (Buffer | string)[] = [];

  constructor(private readonly secret?: SourceData) {}

  update(data: SourceData): void {
    this.parts.push(bytes(data));
  }

  async digest(): Promise<Uint8Array> {
    const digest = this.secret === undefined ? this.sha256() : this.hmac(this.secret);
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
  }

  reset(): void {
    this.parts = [];
  }

  private sha256(): Buffer {
    const [only] = this.parts;
    if (this.parts.length === 1 && only !== undefined) return hash("sha256", only, "buffer");
    return hash("sha256", Buffer.concat(this.parts.map((part) => Buffer.from(part))), "buffer");
  }

  private hmac(secret: SourceData): Buffer {
    const mac = createHmac("sha256", bytes(secret));
    for (const part of this.parts) mac.update(part);
    return mac.digest();
  }
}
