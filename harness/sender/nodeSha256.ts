import { createHmac, hash } from "node:crypto";
import { remembered } from "../protocol/remembered.ts";

type SourceData = string | ArrayBuffer | ArrayBufferView;

function bytes(data: SourceData): Buffer | string {
  if (typeof data === "string") return data;
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

/**
 * HMACs keyed by a secret given as text, by secret and data: the signer computes one per request from the secret
 * access key and its id alone (to name its key cache), and the first step of each day's key derivation.
 */
const rememberedHmacs = new Map<string, Buffer>();
/** Those HMACs are over a key id or a date; longer data is never one of them. */
const MAX_REMEMBERED_DATA = 128;
/** Enough for the keys and days of a run; past it the oldest is dropped. */
const MAX_REMEMBERED = 256;

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
    // A copy: a remembered digest must not be changed through what the signer is handed.
    return Uint8Array.from(this.secret === undefined ? this.sha256() : this.hmac(this.secret));
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
    if (typeof secret !== "string") return this.freshHmac(secret);
    const data = Buffer.concat(this.parts.map((part) => Buffer.from(part)));
    if (data.byteLength > MAX_REMEMBERED_DATA) return this.freshHmac(secret);
    // JSON keeps the secret and the data apart whatever characters either holds.
    const key = JSON.stringify([secret, data.toString("latin1")]);
    return remembered(rememberedHmacs, key, MAX_REMEMBERED, () => this.freshHmac(secret));
  }

  private freshHmac(secret: SourceData): Buffer {
    const mac = createHmac("sha256", bytes(secret));
    for (const part of this.parts) mac.update(part);
    return mac.digest();
  }
}
