import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toolVersion } from "../runner/toolVersion.ts";
import type { CommandIo } from "./commandIo.ts";
import { EXPORT_FILES } from "./exportCommand.ts";
import { main } from "./main.ts";

const work = mkdtempSync(join(tmpdir(), "pae-export-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe("pae-conformance --version", () => {
  it.each([["--version"], ["-v"]])("%s prints the package version and exits 0", async (flag) => {
    expect(await cli([flag])).toEqual({ code: 0, stdout: `${toolVersion()}\n`, stderr: "" });
  });
});

describe("pae-conformance export", () => {
  const QUICK = ["--only", "duplicates", "--runs", "2", "--seed", "7"];

  it("writes the vectors and their schema, the same bytes for the same seed", async () => {
    const first = await cli(["export", "--out", join(work, "a"), ...QUICK]);
    const second = await cli(["export", "--out", join(work, "b"), ...QUICK]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code).toBe(0);
    expect(first.stdout).toMatch(/^exported \d+ cases, \d+ requests \(seed 7\)/);
    const text = readFileSync(join(work, "a", EXPORT_FILES.document), "utf8");
    expect(readFileSync(join(work, "b", EXPORT_FILES.document), "utf8")).toBe(text);
    const document = JSON.parse(text) as { seed: number; cases: { category: string; instances: unknown[] }[] };
    expect(document.seed).toBe(7);
    expect(document.cases.every((entry) => entry.category === "duplicates" && entry.instances.length === 2)).toBe(true);
    const schema = JSON.parse(readFileSync(join(work, "a", EXPORT_FILES.schema), "utf8")) as { $schema: string };
    expect(schema.$schema).toMatch(/2020-12/);
  });

  it.each<[string, { given: string[]; want: RegExp }]>([
    ["refuses a missing --out", { given: ["export"], want: /export needs --out DIR/ }],
    ["refuses a bad --runs", { given: ["export", "--out", "x", "--runs", "0"], want: /--runs takes a whole number/ }],
    [
      "refuses an unknown case",
      { given: ["export", "--out", "x", "--only", "Nope"], want: /unknown category or case: Nope/ },
    ],
    ["refuses an unknown flag", { given: ["export", "--bogus"], want: /bogus/ }],
  ])("%s with exit 2 and one line", async (_name, { given, want }) => {
    const result = await cli(given);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(want);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("reports an unwritable --out as one line with exit 2", async () => {
    const file = join(work, "a-file");
    writeFileSync(file, "");
    const result = await cli(["export", "--out", join(file, "below"), ...QUICK]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write the export to/);
  });
});
