import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { codeFiles, type ImportEdge, importEdges, reachableFrom, relativeImports } from "./testing/importGraph.ts";
import {
  isTest,
  isTestSupport,
  type LayerRow,
  layeringViolations,
  parseLayeringTable,
  tableErrors,
  unusedArrows,
} from "./testing/layering.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ROWS = parseLayeringTable(readFileSync(`${ROOT}/ARCHITECTURE.md`, "utf8"));
const EDGES = importEdges(ROOT);
/** The build's roots: what `npm run build` compiles, with everything they import. */
const BUILD_ROOTS = (JSON.parse(readFileSync(`${ROOT}/tsconfig.build.json`, "utf8")) as { files: string[] }).files;

const PLANTED_ROWS: LayerRow[] = [
  { folder: "low", mayImport: [] },
  { folder: "high", mayImport: ["low"] },
  { folder: "tools", mayImport: ["low", "testing"] },
];

describe("the scanner reads every kind of import", () => {
  it.each<[string, { given: string; want: string[] }]>([
    ["a static import", { given: 'import { x } from "../client/x.ts";', want: ["harness/client/x.ts"] }],
    ["a type-only import", { given: 'import type { X } from "./x.ts";', want: ["harness/emulator/x.ts"] }],
    ["a re-export", { given: 'export { x } from "../client/x.ts";', want: ["harness/client/x.ts"] }],
    ["a dynamic import", { given: 'await import("../client/x.ts");', want: ["harness/client/x.ts"] }],
    ["no package import", { given: 'import nock from "nock"; import fs from "node:fs";', want: [] }],
  ])("finds %s", (_name, { given, want }) => {
    expect(relativeImports("harness/emulator/startEmulator.ts", given)).toEqual(want);
  });
});

describe("the layering check fails on a planted edge", () => {
  const violations = (from: string, to: string) => layeringViolations([{ from, to }], PLANTED_ROWS);
  it.each<[string, { given: ImportEdge; want: string[] }]>([
    ["allows an arrow of the table", { given: { from: "high/a.ts", to: "low/b.ts" }, want: [] }],
    ["allows an import inside a folder", { given: { from: "low/a.ts", to: "low/deep/b.ts" }, want: [] }],
    [
      "rejects an import of a folder above",
      { given: { from: "low/a.ts", to: "high/b.ts" }, want: ["low/a.ts imports high/b.ts: low may not import high"] },
    ],
    [
      "rejects product code importing test support",
      {
        given: { from: "high/a.ts", to: "low/testing/b.ts" },
        want: ["high/a.ts imports low/testing/b.ts: high may not import testing"],
      },
    ],
    [
      "lets a folder that lists it import test support",
      { given: { from: "tools/a.ts", to: "low/testing/b.ts" }, want: [] },
    ],
    [
      "rejects importing a test file",
      {
        given: { from: "tools/a.ts", to: "low/b.test.ts" },
        want: ["tools/a.ts imports low/b.test.ts: tools may not import a test file"],
      },
    ],
    ["lets a test import anything", { given: { from: "low/a.test.ts", to: "high/b.ts" }, want: [] }],
    ["lets test support import anything", { given: { from: "low/testing/a.ts", to: "high/b.ts" }, want: [] }],
    [
      "rejects a file in no folder",
      { given: { from: "stray/a.ts", to: "low/b.ts" }, want: ["stray/a.ts: in no folder of the table"] },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(violations(given.from, given.to)).toEqual(want);
  });

  it("rejects a table whose arrow points at a folder below", () => {
    expect(tableErrors([...PLANTED_ROWS, { folder: "low", mayImport: ["high", "nowhere"] }])).toEqual([
      "low: listed twice",
      "low → nowhere: not a folder above it in the table",
    ]);
    expect(tableErrors([{ folder: "low", mayImport: ["high"] }, ...PLANTED_ROWS.slice(1)])).toEqual([
      "low → high: not a folder above it in the table",
    ]);
  });

  it("names an arrow that no import takes", () => {
    expect(unusedArrows([{ from: "high/a.ts", to: "low/b.ts" }], PLANTED_ROWS)).toEqual([
      "tools → low",
      "tools → testing",
    ]);
  });

  it("catches the emulator importing the client when that edge is planted in the real tree", () => {
    const planted = { from: "harness/emulator/startEmulator.ts", to: "harness/client/checkClient.ts" };
    expect(layeringViolations([...EDGES, planted], ROWS)).toEqual([
      "harness/emulator/startEmulator.ts imports harness/client/checkClient.ts: harness/emulator may not import harness/client",
    ]);
  });
});

describe("the tree follows ARCHITECTURE.md's import arrows", () => {
  it("reads a layered table from ARCHITECTURE.md", () => {
    expect(ROWS.length).toBeGreaterThan(15);
    expect(tableErrors(ROWS)).toEqual([]);
  });

  it("scans the whole tree", () => {
    expect(codeFiles(ROOT).filter((file) => !isTest(file)).length).toBeGreaterThan(300);
    expect(EDGES.length).toBeGreaterThan(1000);
  });

  it("has no import the table does not allow", () => {
    expect(layeringViolations(EDGES, ROWS)).toEqual([]);
  });

  it("states only arrows that some import takes", () => {
    expect(unusedArrows(EDGES, ROWS)).toEqual([]);
  });

  it("builds no test and no test support into what ships", () => {
    const shipped = [...reachableFrom(BUILD_ROOTS, EDGES)];
    expect(shipped.length).toBeGreaterThan(100);
    expect(shipped.filter((file) => isTest(file) || isTestSupport(file))).toEqual([]);
  });
});
