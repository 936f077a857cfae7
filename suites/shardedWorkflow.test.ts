import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseResult, RunDocument } from "../harness/model/runDocument.ts";
import { matrixValues, parseWorkflow, type RunStep, runSteps } from "./testing/workflowRunSteps.ts";

/**
 * examples/github-actions-sharded.yml, run here as GitHub would: every shard of the matrix, then the merge,
 * with the workflow's own `run:` commands (only RUNS made small). The merged report must hold the cases of
 * one unsharded run, and exit as it does.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "pae-conformance.js");
const WORKFLOW = parseWorkflow(readFileSync(join(ROOT, "examples", "github-actions-sharded.yml"), "utf8"));
/** Steps that set up a checkout, done here already: anything else in a `run:` is executed. */
const SETUP_COMMANDS = ["npm ci"];
const RUNS = "1";

let dir: string;
const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  ...WORKFLOW.env,
  RUNS,
  // `npx pae-conformance` resolves to this checkout's bin, as it would after `npm ci` in a dependent project.
  PATH: `${join(dir, "bin")}:${process.env.PATH ?? ""}`,
});

function sh(command: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", command], { cwd: dir, env: env(), stdio: "ignore", timeout: 240_000 });
    child.once("error", reject);
    child.once("close", resolve);
  });
}

async function runJob(steps: readonly RunStep[]): Promise<(number | null)[]> {
  const codes: (number | null)[] = [];
  for (const step of steps.filter((s) => !SETUP_COMMANDS.includes(s.command))) codes.push(await sh(step.command));
  return codes;
}

const readRun = (path: string): RunDocument => JSON.parse(readFileSync(join(dir, path), "utf8")) as RunDocument;
const comparable = (c: CaseResult) => ({ ...c, exchanges: c.exchanges.length, durationMs: 0, latencyMs: null });
const byId = (run: RunDocument) => Object.fromEntries(run.cases.map((c) => [c.id, comparable(c)]));

const shards = matrixValues(WORKFLOW.jobs.shard ?? {}, "shard").map(String);
let shardCodes: (number | null)[][];
let mergeCodes: (number | null)[];
let singleCode: number | null;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pae-sharded-"));
  mkdirSync(join(dir, "bin"));
  const shim = join(dir, "bin", "npx");
  writeFileSync(
    shim,
    `#!/bin/sh\n[ "$1" = pae-conformance ] || exit 127\nshift\nexec "${process.execPath}" "${BIN}" "$@"\n`,
  );
  chmodSync(shim, 0o755);
  const total = String(shards.length);
  const single = sh(`npx pae-conformance run --seed "$SEED" --runs "$RUNS" --out single --quiet`);
  shardCodes = await Promise.all(
    shards.map((shard) => runJob(runSteps(WORKFLOW, "shard", { "matrix.shard": shard, "strategy.job-total": total }))),
  );
  mergeCodes = await runJob(runSteps(WORKFLOW, "merge", {}));
  singleCode = await single;
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("examples/github-actions-sharded.yml", () => {
  it("has a matrix of 3 shards, each running one pae-conformance step", () => {
    expect(shards).toEqual(["1", "2", "3"]);
    expect(shardCodes.map((codes) => codes.length)).toEqual([1, 1, 1]);
    expect(mergeCodes).toHaveLength(1);
  });

  it("merges into the cases of one unsharded run", () => {
    const merged = readRun("reports/merged/report.json");
    const single = readRun("single/report.json");
    expect(single.cases.length).toBeGreaterThan(40);
    expect(byId(merged)).toEqual(byId(single));
    const { durationMs: _m, ...mergedCounts } = merged.summary;
    const { durationMs: _s, ...singleCounts } = single.summary;
    expect(mergedCounts).toEqual(singleCounts);
  });

  it("gives each shard a part of the cases, none twice", () => {
    const parts = shards.map((shard) => readRun(`shards/shard-${shard}/report.json`).cases.map((c) => c.id));
    expect(parts.every((ids) => ids.length > 0)).toBe(true);
    expect(parts.flat().sort()).toEqual(
      readRun("single/report.json")
        .cases.map((c) => c.id)
        .sort(),
    );
  });

  it("exits from the merge as the single run does", () => {
    expect(singleCode).not.toBeNull();
    expect(mergeCodes).toEqual([singleCode]);
  });
});
