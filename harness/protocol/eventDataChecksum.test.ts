import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { eventDataChecksum } from "./eventDataChecksum.ts";

describe("eventDataChecksum", () => {
  it.each([
    ["an ASCII event", '{"version":"1.0"}'],
    ["an event with characters outside the BMP", '{"eventName":"👍 ☃ é"}'],
    ["an empty string", ""],
  ])("matches openssl's base64 SHA-256 for %s", (_name, eventData) => {
    const openssl = execFileSync("sh", ["-c", 'printf %s "$E" | openssl dgst -binary -sha256 | base64'], {
      env: { ...process.env, E: eventData },
    })
      .toString()
      .trim();
    expect(eventDataChecksum(eventData)).toBe(openssl);
  });

  it("is 44 characters of padded base64", () => {
    expect(eventDataChecksum("x")).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });
});
