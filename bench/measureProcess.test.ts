import { describe, expect, it } from "vitest";
import { measureProcess } from "./measureProcess.ts";

const MB = 1024 * 1024;
const node = (script: string, timeoutMs = 60_000) => ({
  command: process.execPath,
  args: ["-e", script],
  cwd: process.cwd(),
  timeoutMs,
});
const HOLD_200_MB = "globalThis.kept = Buffer.alloc(200 * 1024 * 1024, 1);";
const GRANDCHILD = `require("node:child_process").spawnSync(process.execPath, ["-e", ${JSON.stringify(HOLD_200_MB)}], { stdio: "inherit" });`;
const HASH_256_MB = `const h = require("node:crypto").createHash("sha256"); const b = Buffer.alloc(1024 * 1024, 1); for (let i = 0; i < 256; i++) h.update(b);`;

// Sizes and exit codes only: times on a shared machine are never asserted, only that CPU is counted at all.
describe("measureProcess, from outside the process", () => {
  it.each([
    ["sees the peak RSS of the process", HOLD_200_MB],
    ["sees the peak RSS of a node grandchild", GRANDCHILD],
  ])("%s", async (_name, script) => {
    const usage = await measureProcess(node(script));
    expect(usage.exitCode).toBe(0);
    expect(usage.peakRssBytes).toBeGreaterThanOrEqual(200 * MB);
  });

  it("counts the CPU time the process spent", async () => {
    const usage = await measureProcess(node(HASH_256_MB));
    expect(usage.cpuMs).toBeGreaterThan(0);
    expect(usage.wallMs).toBeGreaterThan(0);
  });

  it("reports the exit code", async () => {
    expect((await measureProcess(node("process.exitCode = 3"))).exitCode).toBe(3);
  });

  it("kills a process that outlives its timeout and says so", async () => {
    const usage = await measureProcess(node("setInterval(() => {}, 1000)", 1_000));
    expect(usage.timedOut).toBe(true);
    expect(usage.exitCode).toBeNull();
  });
});
