import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signingKey } from "./signingKey.ts";

const step = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();
const derived = (secret: string, shortDate: string, region: string, service: string) =>
  step(step(step(step(`AWS4${secret}`, shortDate), region), service), "aws4_request");

describe("signingKey", () => {
  it.each([
    ["secret", "20260304", "us-east-1", "cloudtrail-data"],
    ["secret", "20260304", "us-east-1/x", "y"],
    ["secret", "20260304", "us-east-1", "x/y"],
    ["other/secret", "20260304", "us-east-1", "cloudtrail-data"],
  ])("is SigV4's key for %s %s %s %s, asked twice, among look-alike scopes", (secret, shortDate, region, service) => {
    const want = derived(secret, shortDate, region, service);
    expect(signingKey({ shortDate, region, service }, secret).equals(want)).toBe(true);
    expect(signingKey({ shortDate, region, service }, secret).equals(want)).toBe(true);
  });

  it("is each secret's own key for one frozen scope, as a verifier shares it", () => {
    const scope = Object.freeze({ shortDate: "20260304", region: "us-east-1", service: "cloudtrail-data" });
    for (const secret of ["secret", "other/secret", "secret"]) {
      expect(signingKey(scope, secret).equals(derived(secret, "20260304", "us-east-1", "cloudtrail-data"))).toBe(true);
    }
  });
});
