import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUN_DOCUMENT_SCHEMA_VERSION } from "../harness/model/runDocument.ts";

// The package as a user gets it: packed (which builds it), installed into an empty project with production
// dependencies only, then used through its bin, its ESM entry point and its type declarations.
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const exec = promisify(execFile);
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";
const QUIET_NPM = { ...process.env, npm_config_update_notifier: "false", npm_config_loglevel: "error" };

/** What a test file, test support or a test-only fixture looks like in the tarball. */
const TEST_FILE = /(?:\.test\.|\/testing\/|^dist\/suites\/|\/__tests__\/|^reports\/fixtures\/|\/codegen\/fixtures\/)/;

const CONSUMER_TS = `import { CATALOGUE, checkClient, diffRuns, type RunDocument, runSuite, startEmulator, writeReports } from "pae-conformance";

const emulator = await startEmulator();
const run: RunDocument = await runSuite({
  target: {
    endpoint: emulator.url,
    region: emulator.region,
    credentials: emulator.credentials,
    fixtures: emulator.targetFixtures,
    timeoutMs: 5_000,
    maxResponseBytes: 1_000_000,
  },
  catalogue: CATALOGUE.slice(0, 1),
  seed: 1,
  runs: 1,
  embedded: true,
});
writeReports(run, "out");
const regressed: boolean = diffRuns(run, run).regressed;
const check: typeof checkClient = checkClient;
console.log(regressed, typeof check);
await emulator.close();
`;

const CONSUMER_MJS = `const api = await import("pae-conformance");
const names = ["runSuite", "startEmulator", "checkClient", "writeReports", "diffRuns", "exportCatalogue"];
console.log(JSON.stringify({
  functions: names.filter((name) => typeof api[name] === "function"),
  cases: api.CATALOGUE.length,
  schemaVersion: api.RUN_DOCUMENT_SCHEMA.properties?.schemaVersion?.const,
}));
`;

// Once installed, the checks share nothing but the read-only install and wait on processes of their own
// (npx, node, tsc): they run side by side. Each gets the bound of a whole process start on a busy machine
// (npx alone took over a minute at load 20), not vitest's default.
describe.concurrent("the packed package, installed with production dependencies only", { timeout: 240_000 }, () => {
  let dir: string;
  let project: string;
  let tarballFiles: string[];
  const inProject = (command: string, args: string[]) =>
    exec(command, args, { cwd: project, env: QUIET_NPM, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pae-package-"));
    project = join(dir, "consumer");
    mkdirSync(project);
    const packed = await exec(NPM, ["pack", "--json", "--pack-destination", dir], {
      cwd: ROOT,
      env: QUIET_NPM,
      timeout: 300_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    // prepack's build output precedes the JSON on stdout.
    const [manifest] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("[\n"))) as {
      filename: string;
      files: { path: string }[];
    }[];
    if (manifest === undefined) throw new Error(`npm pack printed no manifest: ${packed.stdout}`);
    tarballFiles = manifest.files.map((file) => file.path);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    await inProject(NPM, [
      "install",
      "--omit=dev",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      join(dir, manifest.filename),
    ]);
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("ships the build, the spec, the generated artefacts and the schemas, and no test file", () => {
    expect(tarballFiles).toEqual(
      expect.arrayContaining([
        "dist/index.js",
        "dist/index.d.ts",
        "bin/pae-conformance.js",
        "spec/putauditevents.openapi.yaml",
        "generated/validators.js",
        "reports/schema/run-document.schema.json",
        "harness/export/export.schema.json",
        "README.md",
      ]),
    );
    expect(tarballFiles.filter((path) => TEST_FILE.test(path))).toEqual([]);
    // generated/ ships as the spec's artefacts (types, constants, validators); every other .ts stays home.
    const sources = tarballFiles.filter((path) => /(?<!\.d)\.ts$/.test(path) && !path.startsWith("generated/"));
    expect(sources).toEqual([]);
  });

  it.each([["--version"], ["-v"]])("npx pae-conformance %s prints the version", async (flag) => {
    const { stdout } = await inProject(NPX, ["--no", "--", "pae-conformance", flag]);
    expect(stdout.trim()).toBe(version);
  });

  it("npx pae-conformance run --runs 3 exits 0 and writes the reports", async () => {
    const out = join(dir, "reports");
    const { stdout } = await inProject(NPX, ["--no", "--", "pae-conformance", "run", "--runs", "3", "--out", out]);
    expect(stdout).toMatch(/0 failed/);
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { tool: { version: string } };
    expect(report.tool.version).toBe(version);
  }, 240_000);

  it("imports from plain Node ESM with the public API", async () => {
    writeFileSync(join(project, "consumer.mjs"), CONSUMER_MJS);
    const { stdout } = await inProject(process.execPath, ["consumer.mjs"]);
    const seen = JSON.parse(stdout) as { functions: string[]; cases: number; schemaVersion: number };
    expect(seen.functions).toEqual([
      "runSuite",
      "startEmulator",
      "checkClient",
      "writeReports",
      "diffRuns",
      "exportCatalogue",
    ]);
    expect(seen.cases).toBeGreaterThan(40);
    expect(seen.schemaVersion).toBe(RUN_DOCUMENT_SCHEMA_VERSION);
  });

  it("type-checks a consumer with module and moduleResolution nodenext", async () => {
    writeFileSync(join(project, "consumer.ts"), CONSUMER_TS);
    const tsconfig = {
      compilerOptions: {
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "ES2022",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ["node"],
        typeRoots: [join(ROOT, "node_modules", "@types")],
      },
      files: ["consumer.ts"],
    };
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig));
    const result = await inProject(process.execPath, [TSC, "-p", "."]).catch((error: { stdout?: string }) => error);
    expect("stdout" in result ? result.stdout : "").toBe("");
  }, 240_000);

  it("names the missing optional peer dependency in one line when a client mode needs it", async () => {
    const failed = await inProject(NPX, ["--no", "--", "pae-conformance", "client", "--builtin", "aws-sdk-v2"]).catch(
      (error: { code?: number; stderr?: string }) => error,
    );
    expect("code" in failed ? failed.code : 0).toBe(2);
    expect("stderr" in failed ? failed.stderr : "").toMatch(/^pae-conformance: .*needs the package "(nock|aws-sdk)"/m);
  });
});
