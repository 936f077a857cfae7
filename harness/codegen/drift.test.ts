import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generatedFiles } from "./generate.ts";
import { REPO_ROOT, SPEC_FILES } from "./loadSpec.ts";

const scratch = mkdtempSync(join(tmpdir(), "pae-drift-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("generated/", () => {
  it("is exactly what npm run generate makes from spec/", async () => {
    const fresh = await generatedFiles(REPO_ROOT);
    for (const [name, text] of Object.entries(fresh)) {
      const committed = readFileSync(join(REPO_ROOT, "generated", name), "utf8");
      expect(committed, `generated/${name} drifted from spec/: run npm run generate`).toBe(text);
    }
  });

  it("drifts when a constraint in the spec changes and nothing is regenerated", async () => {
    cpSync(join(REPO_ROOT, "spec"), join(scratch, "spec"), { recursive: true });
    const specPath = join(scratch, SPEC_FILES.openapi);
    const edited = readFileSync(specPath, "utf8").replace(
      "maxItems: 100\n          x-pae-unique",
      "maxItems: 99\n          x-pae-unique",
    );
    writeFileSync(specPath, edited);
    const fromEdited = await generatedFiles(scratch);
    const committed = readFileSync(join(REPO_ROOT, "generated", "constants.ts"), "utf8");
    expect(fromEdited["constants.ts"]).toContain('"maxItems": 99');
    expect(fromEdited["constants.ts"]).not.toBe(committed);
    expect(fromEdited["validators.js"]).not.toBe(readFileSync(join(REPO_ROOT, "generated", "validators.js"), "utf8"));
  });
});
