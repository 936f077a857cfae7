import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshBundle } from "../bin/freshBundle.js";

// `npm start` runs a bundle of the sources; these tests hold it to never running a stale one.
let root: string;
const MAIN = () => join(root, "harness", "cli", "main.ts");
const STAMP = () => join(root, "node_modules", ".cache", "pae-conformance", "stamp.json");

function writeMain(answer: number): void {
  writeFileSync(MAIN(), `export async function main(): Promise<number> { return ${answer}; }\n`);
}

async function answerOfBundle(): Promise<{ url: string; answer: number }> {
  const url = (await freshBundle(root)) as string;
  const { main } = (await import(url)) as { main: () => Promise<number> };
  return { url, answer: await main() };
}

describe("freshBundle (the clone's start)", () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "pae-fresh-bundle-"));
    mkdirSync(join(root, "harness", "cli"), { recursive: true });
    writeMain(1);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("builds the sources on first use and reuses the build while they are unchanged", async () => {
    const first = await answerOfBundle();
    expect(first.answer).toBe(1);
    const stamp = readFileSync(STAMP(), "utf8");
    const again = await answerOfBundle();
    expect(again).toEqual(first);
    expect(readFileSync(STAMP(), "utf8")).toBe(stamp);
  });

  it("rebuilds when a source changed, so the changed code is what runs", async () => {
    expect((await answerOfBundle()).answer).toBe(1);
    writeMain(2);
    const changed = await answerOfBundle();
    expect(changed.answer).toBe(2);
  });

  it("rewriting a source with the same text keeps the build (decided by content, not by time)", async () => {
    const first = await answerOfBundle();
    const digest = () => (JSON.parse(readFileSync(STAMP(), "utf8")) as { digest: string }).digest;
    const before = digest();
    writeMain(1);
    const again = await answerOfBundle();
    expect(again).toEqual(first);
    expect(digest()).toBe(before);
  });

  it("rebuilds when the stamp is missing", async () => {
    await answerOfBundle();
    rmSync(STAMP());
    writeMain(3);
    expect((await answerOfBundle()).answer).toBe(3);
  });
});
