import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, SPEC_FILES } from "./loadSpec.ts";

const run = promisify(execFile);
const redocly = join(REPO_ROOT, "node_modules", ".bin", "redocly");
const quiet = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };

describe("spec/putauditevents.openapi.yaml", () => {
  it("passes the Redocly OpenAPI linter with no errors or warnings", async () => {
    const { stdout, stderr } = await run(redocly, ["lint", "--format", "json", SPEC_FILES.openapi], {
      cwd: REPO_ROOT,
      env: quiet,
      timeout: 60_000,
    });
    const report = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { totals: { errors: number; warnings: number } };
    expect(report.totals, stderr).toEqual(expect.objectContaining({ errors: 0, warnings: 0 }));
  });

  it("makes the linter fail on a broken description", async () => {
    const broken = join(REPO_ROOT, "harness", "codegen", "fixtures", "broken.openapi.yaml");
    await expect(run(redocly, ["lint", broken], { cwd: REPO_ROOT, env: quiet, timeout: 60_000 })).rejects.toMatchObject(
      {
        code: 1,
      },
    );
  });
});
