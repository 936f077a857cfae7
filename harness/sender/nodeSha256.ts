import { createHmac, hash } from "node:crypto";
import { remembered } from "../protocol/remembered.ts";

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
    if (typeof secret !== "string") return this.freshHmac(secret);
    const data = asBuffer(this.data());
    if (data.byteLength > MAX_REMEMBERED_DATA) return this.freshHmac(secret);
    // The secret's length first: no other secret and data make the same key, whatever characters either holds.
    const key = `${secret.length}:${secret}${data.toString("latin1")}`;
    // A copy: a remembered digest must not be changed through what the signer is handed.
    return Buffer.from(remembered(rememberedHmacs, key, MAX_REMEMBERED, () => this.freshHmac(secret)));
  }

  private freshHmac(secret: SourceData): Buffer {
    return createHmac("sha256", bytes(secret)).update(this.data()).digest();
  }
}
