import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { json } from "../writers/json.ts";
import { readRunDocument } from "./readRunDocument.ts";
import { RunDocumentReadError, type RunDocumentReadProblem } from "./runDocumentReadError.ts";

const dir = mkdtempSync(join(tmpdir(), "pae-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("readRunDocument", () => {
  it("reads back what the json writer wrote", () => {
    expect(readRunDocument(file("ok.json", json(sampleRunDocument())))).toEqual(sampleRunDocument());
  });

  it.each<[string, { given: () => string; want: { problem: RunDocumentReadProblem; message: string } }]>([
    [
      "reports a missing file",
      {
        given: () => join(dir, "nope.json"),
        want: { problem: "unreadable", message: "no such file or directory (ENOENT)" },
      },
    ],
    [
      "reports a directory",
      { given: () => dir, want: { problem: "unreadable", message: "a directory is in the way (EISDIR)" } },
    ],
    [
      "reports text that is not JSON",
      { given: () => file("bad.json", "{ nope"), want: { problem: "not-json", message: "not JSON (" } },
    ],
    [
      "reports an empty file as not JSON",
      { given: () => file("empty.json", ""), want: { problem: "not-json", message: "not JSON (" } },
    ],
    [
      "reports a document from another schema version",
      {
        given: () => file("v1.json", '{"schemaVersion":1}'),
        want: { problem: "other-version", message: "written with schema version 1; this tool reads version 2" },
      },
    ],
    [
      "reports the first schema error and how many more",
      {
        given: () => file("junk.json", '{"schemaVersion":2}'),
        want: {
          problem: "schema-mismatch",
          message: "does not match the run document schema: / must have required property 'tool' (and 4 more)",
        },
      },
    ],
    [
      "reports a JSON array",
      {
        given: () => file("array.json", "[]"),
        want: { problem: "schema-mismatch", message: "does not match the run document schema: / must be object" },
      },
    ],
  ])("%s", (_name, { given, want }) => {
    const path = given();
    let error: unknown;
    try {
      readRunDocument(path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RunDocumentReadError);
    expect(error).toMatchObject({ problem: want.problem, path });
    expect((error as Error).message).toContain(`cannot read run document ${path}: ${want.message}`);
    expect((error as Error).message).not.toContain("\n");
  });
});
