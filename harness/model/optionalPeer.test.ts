import { describe, expect, it } from "vitest";
import { importOptionalPeer, MissingPeerDependencyError } from "./optionalPeer.ts";

const failing = (error: unknown) => () => Promise.reject(error);
const notFound = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("importOptionalPeer", () => {
  it("returns what the loader loads", async () => {
    await expect(importOptionalPeer("nock", "a mode", async () => 42)).resolves.toBe(42);
  });

  it.each([
    [
      "an ESM import of the missing package",
      notFound("ERR_MODULE_NOT_FOUND", "Cannot find package 'nock' imported from x"),
    ],
    ["a require of the missing package", notFound("MODULE_NOT_FOUND", "Cannot find module 'nock/index.js'")],
  ])("turns %s into a one-line error naming the package", async (_name, error) => {
    const loaded = importOptionalPeer("nock", "client checking with --interception nock", failing(error));
    await expect(loaded).rejects.toBeInstanceOf(MissingPeerDependencyError);
    await expect(loaded).rejects.toThrow(
      'client checking with --interception nock needs the package "nock": install it with npm install --save-dev nock',
    );
  });

  it.each([
    ["another package missing inside it", notFound("ERR_MODULE_NOT_FOUND", "Cannot find package 'propagate'")],
    ["a failure that is not about a missing module", new TypeError("boom")],
  ])("rethrows %s as it is", async (_name, error) => {
    await expect(importOptionalPeer("nock", "a mode", failing(error))).rejects.toBe(error);
  });
});
