import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const HARNESS = fileURLToPath(new URL("..", import.meta.url));
const EMULATOR = join(HARNESS, "emulator");
const CLIENT = join(HARNESS, "client");
/** This file plants client imports in strings to test the scanner; it is the one file the scan skips. */
const SELF = fileURLToPath(import.meta.url);

/** Every module specifier a source imports or re-exports, statically or with import(). */
function specifiers(source: string): string[] {
  const found = source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g);
  return [...found].map((match) => match[1] ?? "");
}

/** The relative imports of a file (at `path`) that land under harness/client/. */
function clientImports(path: string, source: string): string[] {
  return specifiers(source)
    .filter((specifier) => specifier.startsWith("."))
    .filter((specifier) => !relative(CLIENT, resolve(dirname(path), specifier)).startsWith(".."));
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(?:ts|js|mjs)$/.test(file))
    .map((file) => join(dir, file));
}

describe("the emulator and the client are untangled", () => {
  it.each<[string, { given: string; want: string[] }]>([
    ["finds a static import from client/", { given: 'import { x } from "../client/x.ts";', want: ["../client/x.ts"] }],
    [
      "finds a type import from client/",
      { given: 'import type { X } from "../client/x.ts";', want: ["../client/x.ts"] },
    ],
    ["finds a re-export from client/", { given: 'export { x } from "../client/x.ts";', want: ["../client/x.ts"] }],
    ["finds a dynamic import of client/", { given: 'await import("../client/x.ts");', want: ["../client/x.ts"] }],
    ["ignores an emulator import", { given: 'import { x } from "./stages/x.ts";', want: [] }],
    ["ignores a package import", { given: 'import nock from "nock";', want: [] }],
  ])("the scanner %s", (_name, { given, want }) => {
    expect(clientImports(join(EMULATOR, "startEmulator.ts"), given)).toEqual(want);
  });

  it("no file under harness/emulator imports from harness/client", () => {
    const files = sourcesUnder(EMULATOR).filter((file) => file !== SELF);
    expect(files.length).toBeGreaterThan(20);
    const offending = files.flatMap((file) =>
      clientImports(file, readFileSync(file, "utf8")).map((specifier) => `${relative(HARNESS, file)}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
