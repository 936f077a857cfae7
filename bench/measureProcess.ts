import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { childCpuSeconds } from "./processCpuSeconds.ts";

const REPORTER = fileURLToPath(new URL("usageReporter.mjs", import.meta.url));

export interface ProcessCommand {
  command: string;
  args: readonly string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The process group is killed after this long; the figure then says it did not finish. */
  timeoutMs: number;
}

/** A whole process as the user waits for it, measured from outside. */
export interface ProcessUsage {
  wallMs: number;
  /** User + system CPU of the whole tree (all languages, from /proc); the node processes' sum without /proc. */
  cpuMs: number;
  /** The largest peak resident set of any node process in the tree (VmHWM, as /usr/bin/time reports it). */
  peakRssBytes: number;
  exitCode: number | null;
  timedOut: boolean;
}

interface NodeUsage {
  maxRssKiB: number;
  userUs: number;
  systemUs: number;
}

function readUsages(file: string): NodeUsage[] {
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as NodeUsage);
}

/**
 * Runs `command` to its end (or its timeout) in a process group of its own, with every node process in it
 * reporting its own usage at exit; stdout and stderr are discarded. Must not overlap another measured command:
 * CPU is the difference of this process's waited-for-children time.
 */
export async function measureProcess(spec: ProcessCommand): Promise<ProcessUsage> {
  const dir = mkdtempSync(join(tmpdir(), "pae-bench-usage-"));
  const usageFile = join(dir, "usage.jsonl");
  const env = { ...process.env, ...spec.env };
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --import=${REPORTER}`.trim();
  env.PAE_BENCH_USAGE_FILE = usageFile;
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env, stdio: "ignore", detached: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  }, spec.timeoutMs);
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", (code) => resolve(code));
    });
    const wallMs = performance.now() - started;
    const cpuAfter = childCpuSeconds();
    const usages = readUsages(usageFile);
    const nodeCpuMs = usages.reduce((sum, u) => sum + (u.userUs + u.systemUs) / 1000, 0);
    return {
      wallMs,
      cpuMs: cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) * 1000 : nodeCpuMs,
      peakRssBytes: Math.max(0, ...usages.map((u) => u.maxRssKiB * 1024)),
      exitCode,
      timedOut,
    };
  } finally {
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  }
}
