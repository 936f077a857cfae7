import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunDocument } from "../../harness/model/runDocument.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { WRITERS } from "../writers/writers.ts";
import { ReportWriteError } from "./reportWriteError.ts";
import { writeReports } from "./writeReports.ts";

let root = "";
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "pae-reports-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Every entry under a directory, recursively, as relative paths. */
const entries = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

function caught(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("writeReports", () => {
  it("writes the four reports into a directory it creates", () => {
    const out = join(root, "a", "b");
    const written = writeReports(sampleRunDocument(), out);
    expect(written).toEqual(["report.json", "junit.xml", "report.html", "summary.md"].map((f) => join(out, f)));
    expect(entries(out)).toEqual(["junit.xml", "report.html", "report.json", "summary.md"]);
    expect(JSON.parse(readFileSync(join(out, "report.json"), "utf8"))).toEqual(sampleRunDocument());
  });

  it("writes only the formats asked for", () => {
    writeReports(sampleRunDocument(), root, ["markdown"]);
    expect(entries(root)).toEqual(["summary.md"]);
  });

  it.each<[string, { given: (dir: string) => string; want: RegExp }]>([
    [
      "refuses a directory under a regular file, naming the path and the cause",
      {
        given: (dir) => {
          writeFileSync(join(dir, "file"), "x");
          return join(dir, "file", "reports");
        },
        want: /^cannot write .*\/file\/reports: a parent path is a file, not a directory \(ENOTDIR\)$/,
      },
    ],
    [
      "refuses an output path that is a regular file",
      {
        given: (dir) => {
          writeFileSync(join(dir, "out"), "x");
          return join(dir, "out");
        },
        want: /^cannot write .*\/out: something is already there \(EEXIST\)$/,
      },
    ],
  ])("%s", (_name, { given, want }) => {
    const out = given(root);
    const error = caught(() => writeReports(sampleRunDocument(), out));
    expect(error).toBeInstanceOf(ReportWriteError);
    expect((error as Error).message).toMatch(want);
    expect((error as Error).message).not.toContain("\n");
  });

  it("keeps the reports already written complete and leaves no temp file when one fails midway", () => {
    mkdirSync(join(root, "junit.xml", "in-the-way"), { recursive: true });
    const error = caught(() => writeReports(sampleRunDocument(), root));
    expect((error as Error).message).toMatch(
      /^cannot write .*\/junit\.xml: a directory is in the way \((EISDIR|ENOTEMPTY)\)$/,
    );
    expect(entries(root)).toEqual(["junit.xml", "junit.xml/in-the-way", "report.json"]);
    expect(JSON.parse(readFileSync(join(root, "report.json"), "utf8"))).toEqual(sampleRunDocument());
  });

  it("writes nothing when a writer throws midway", () => {
    const broken = {
      ...WRITERS,
      html: {
        file: "report.html",
        render: () => {
          throw new Error("boom\nstack");
        },
      },
    };
    const error = caught(() => writeReports(sampleRunDocument(), root, undefined, broken));
    expect(error).toBeInstanceOf(ReportWriteError);
    expect((error as Error).message).toBe(`cannot write ${join(root, "report.html")}: the html writer failed: boom`);
    expect(entries(root)).toEqual([]);
  });

  it("writes nothing for a document that does not match the schema", () => {
    const invalid = { ...sampleRunDocument(), schemaVersion: 1 } as unknown as RunDocument;
    const error = caught(() => writeReports(invalid, root));
    expect((error as Error).message).toBe(
      `cannot write ${root}: the run document does not match schema version 2: /schemaVersion must be equal to constant (2)`,
    );
    expect(entries(root)).toEqual([]);
  });

  it("replaces an older report whole", () => {
    writeFileSync(join(root, "summary.md"), "old and much longer ".repeat(1000));
    writeReports(sampleRunDocument(), root, ["markdown"]);
    expect(readFileSync(join(root, "summary.md"), "utf8")).toMatch(/^## ❌/);
    expect(entries(root)).toEqual(["summary.md"]);
  });
});
