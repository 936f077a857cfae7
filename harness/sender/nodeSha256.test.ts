import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NodeSha256 } from "./nodeSha256.ts";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

async function digestOf(parts: (string | Uint8Array)[], secret?: string | Uint8Array): Promise<string> {
  const hash = new NodeSha256(secret);
  for (const part of parts) hash.update(part);
  return hex(await hash.digest());
}

describe("NodeSha256", () => {
  const parts = ["héllo ", new TextEncoder().encode("wörld"), new Uint8Array(new ArrayBuffer(4), 1, 2)];
  const joined = Buffer.concat(parts.map((part) => Buffer.from(part)));

  it("hashes one update as node:crypto does", async () => {
    expect(await digestOf(["héllo"])).toBe(createHash("sha256").update("héllo").digest("hex"));
  });

  it("hashes several updates of strings and views as their concatenation", async () => {
    expect(await digestOf(parts)).toBe(createHash("sha256").update(joined).digest("hex"));
  });

  it("hashes an ArrayBuffer and a view of any element type as the bytes they cover", async () => {
    const words = Uint16Array.from([0x6968, 0x2121]);
    const hash = new NodeSha256();
    hash.update(words.buffer);
    hash.update(new DataView(words.buffer, 2, 2));
    expect(hex(await hash.digest())).toBe(
      createHash("sha256")
        .update(Buffer.from(words.buffer))
        .update(Buffer.from(words.buffer, 2, 2))
        .digest("hex"),
    );
  });

  it("is an HMAC when given a secret, as a string or as bytes", async () => {
    const want = createHmac("sha256", "key").update(joined).digest("hex");
    expect(await digestOf(parts, "key")).toBe(want);
    expect(await digestOf(parts, new TextEncoder().encode("key"))).toBe(want);
  });

  it("starts over after reset", async () => {
    const hash = new NodeSha256();
    hash.update("discarded");
    hash.reset();
    hash.update("kept");
    expect(hex(await hash.digest())).toBe(createHash("sha256").update("kept").digest("hex"));
  });
});

describe("NodeSha256 HMACs, one after another", () => {
  it("gives the same digest the second time, and a different one for other data or another secret", async () => {
    const first = await digestOf(["AKIDEXAMPLE"], "secret");
    expect(await digestOf(["AKIDEXAMPLE"], "secret")).toBe(first);
    expect(first).toBe(createHmac("sha256", "secret").update("AKIDEXAMPLE").digest("hex"));
    expect(await digestOf(["AKIDOTHER"], "secret")).toBe(
      createHmac("sha256", "secret").update("AKIDOTHER").digest("hex"),
    );
    expect(await digestOf(["AKIDEXAMPLE"], "other")).toBe(
      createHmac("sha256", "other").update("AKIDEXAMPLE").digest("hex"),
    );
  });

  it("does not hand out a digest a caller could have changed", async () => {
    const hash = new NodeSha256("secret");
    hash.update("AKIDEXAMPLE");
    (await hash.digest()).fill(0);
    expect(await digestOf(["AKIDEXAMPLE"], "secret")).toBe(
      createHmac("sha256", "secret").update("AKIDEXAMPLE").digest("hex"),
    );
  });
});
