import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NodeSha256 } from "./nodeSha256.ts";
import { RememberingSignatureV4 } from "./rememberingSignatureV4.ts";

const options = (credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) => ({
  service: "cloudtrail-data",
  region: "us-east-1",
  credentials,
  sha256: NodeSha256,
});

function request(path: string): HttpRequest {
  return new HttpRequest({
    method: "POST",
    hostname: "127.0.0.1",
    path,
    query: { channelArn: "arn:aws:cloudtrail:us-east-1:111122223333:channel/c" },
    headers: { host: "127.0.0.1", "content-type": "application/json", "x-amz-content-sha256": "ab".repeat(32) },
    body: "{}",
  });
}

async function authorization(signer: SignatureV4, path: string, signingDate: Date, signingService?: string) {
  const signed = await signer.sign(request(path), { signingDate, ...(signingService ? { signingService } : {}) });
  return signed.headers.authorization;
}

describe("RememberingSignatureV4", () => {
  it("signs as the SDK's signer does while the key, day, Region, service and path change between requests", async () => {
    const credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } = {
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "first-secret",
    };
    const remembering = new RememberingSignatureV4(options(credentials));
    const plain = new SignatureV4(options(credentials));
    const monday = new Date("2026-11-30T10:00:00.250Z");
    const tuesday = new Date("2026-12-01T10:00:00Z");
    const steps: [string, Date, string | undefined, () => void][] = [
      ["/PutAuditEvents", monday, undefined, () => {}],
      ["/PutAuditEvents", monday, undefined, () => {}],
      ["/a/../PutAuditEvents/", monday, undefined, () => {}],
      ["/PutAuditEvents", tuesday, undefined, () => {}],
      ["/PutAuditEvents", tuesday, "other-service", () => {}],
      // The same credentials object, changed in place: the old key must not be used.
      ["/PutAuditEvents", tuesday, undefined, () => Object.assign(credentials, { secretAccessKey: "second-secret" })],
      ["/PutAuditEvents", tuesday, undefined, () => Object.assign(credentials, { sessionToken: "token" })],
    ];
    const seen = new Set<string | undefined>();
    for (const [path, date, service, change] of steps) {
      change();
      const want = await authorization(plain, path, date, service);
      expect(await authorization(remembering, path, date, service)).toBe(want);
      seen.add(want);
    }
    // Every step but the repeated first one signs something else: each change reached the signature.
    expect(seen.size).toBe(steps.length - 1);
  });

  describe("while the SDK's signer still calls what it overrides", () => {
    afterEach(() => vi.restoreAllMocks());
    // Both are private in the SDK's types: a release that stops calling them through `this` would leave the
    // remembering unused (signatures still right, every request paying again), and only this would say so.
    const sdk = SignatureV4.prototype as unknown as Record<"getSigningKey" | "getCanonicalPath", () => unknown>;

    it("derives a day's signing key once for many requests", async () => {
      const derive = vi.spyOn(sdk, "getSigningKey");
      const signer = new RememberingSignatureV4(options({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }));
      const monday = new Date("2026-11-30T10:00:00Z");
      for (let second = 0; second < 3; second += 1) {
        await authorization(signer, "/PutAuditEvents", new Date(monday.getTime() + second * 1000));
      }
      expect(derive).toHaveBeenCalledTimes(1);
    });

    it("writes a path's canonical form once for many requests", async () => {
      const canonical = vi.spyOn(sdk, "getCanonicalPath");
      const signer = new RememberingSignatureV4(options({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }));
      for (let request = 0; request < 3; request += 1) {
        await authorization(signer, "/PutAuditEvents", new Date("2026-11-30T10:00:00Z"));
      }
      expect(canonical).toHaveBeenCalledTimes(1);
    });
  });
});
