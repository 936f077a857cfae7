import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultEmulatorFixture } from "./defaultEmulatorFixture.ts";
import { EmulatorFixtureError } from "./emulatorFixtureError.ts";
import { loadEmulatorFixture } from "./loadEmulatorFixture.ts";

describe("loadEmulatorFixture", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pae-fixture-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reads a valid fixture file", async () => {
    const path = join(dir, "good.json");
    await writeFile(path, JSON.stringify(defaultEmulatorFixture));
    expect(await loadEmulatorFixture(path)).toEqual(defaultEmulatorFixture);
  });

  it.each([
    ["a missing file", undefined, /cannot be read \(ENOENT\)/],
    ["text that is not JSON", "{ nope\n", /is not JSON/],
    [
      "a fixture without channels",
      JSON.stringify({ ...defaultEmulatorFixture, channels: undefined }),
      /must have required property 'channels'/,
    ],
    [
      "a channel without an owner",
      JSON.stringify({ ...defaultEmulatorFixture, channels: [{ arn: "arn:aws:cloudtrail:r:1:channel/x" }] }),
      /\/channels\/0 must have required property 'ownerAccountId'/,
    ],
    [
      "a channel whose ARN is not a channel ARN",
      JSON.stringify({ ...defaultEmulatorFixture, channels: [{ arn: "arn:x", ownerAccountId: "1" }] }),
      /\/channels\/0\/arn is not a channel ARN/,
    ],
    [
      "an unknown per-event failure",
      JSON.stringify({
        ...defaultEmulatorFixture,
        channels: [{ arn: "arn:aws:cloudtrail:r:1:channel/x", ownerAccountId: "1", eventFailure: "Oops" }],
      }),
      /\/channels\/0\/eventFailure/,
    ],
    [
      "a key with an empty secret",
      JSON.stringify({ ...defaultEmulatorFixture, keys: [{ accessKeyId: "A", secretAccessKey: "", accountId: "1" }] }),
      /\/keys\/0\/secretAccessKey/,
    ],
  ])("refuses %s with a one-line EmulatorFixtureError", async (name, content, message) => {
    const path = join(dir, `${name.replace(/\W+/g, "-")}.json`);
    if (content !== undefined) await writeFile(path, content);
    const loaded = loadEmulatorFixture(path);
    await expect(loaded).rejects.toBeInstanceOf(EmulatorFixtureError);
    await expect(loaded).rejects.toThrow(message);
    await loaded.catch((error: Error) => expect(error.message).not.toContain("\n"));
  });
});
