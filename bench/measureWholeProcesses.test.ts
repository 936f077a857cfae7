import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measureWholeProcesses } from "./measureWholeProcesses.ts";
import type { WholeProcessCommand } from "./wholeProcessCommands.ts";
import { YARDSTICK_NAME } from "./yardstick.ts";

const nodeCommand = (id: string, script: string, timeoutMs = 60_000): WholeProcessCommand => ({
  id,
  title: id,
  goals: { wallSeconds: 1_000, peakRssMB: 10_000 },
  unavailable: () => undefined,
  command: () => ({ command: process.execPath, args: ["-e", script], cwd: process.cwd(), timeoutMs }),
});

// Shapes and notes only: the figures' values depend on the machine and are never asserted.
describe("measureWholeProcesses", () => {
  it("gives a finished command its wall, CPU and RSS figures, times beside the yardstick", async () => {
    const figures = await measureWholeProcesses([nodeCommand("quick", "0")]);
    expect(figures.map((f) => [f.name, f.goal, f.baseline?.name, f.note])).toEqual([
      ["quick, wall time", "under 1000 s", `${YARDSTICK_NAME}, wall`, undefined],
      ["quick, CPU time (user+sys)", "none", `${YARDSTICK_NAME}, CPU`, undefined],
      ["quick, peak RSS (largest node process)", "under 10000 MB", undefined, undefined],
    ]);
    expect(figures.every((f) => f.met)).toBe(true);
    expect(figures[0]?.ratio).toBeGreaterThan(0);
  }, 120_000);

  it("marks a command killed by its cap as not finished, its goals not met", async () => {
    const figures = await measureWholeProcesses([nodeCommand("stuck", "setInterval(() => {}, 1000)", 1_000)]);
    expect(figures.map((f) => [f.value === null, f.met, f.note])).toEqual([
      [false, false, "killed after 1 s, not finished"],
      [false, false, "killed after 1 s, not finished"],
      [true, false, "killed after 1 s, not finished"],
    ]);
  }, 120_000);

  it("notes the exit code of a command that failed", async () => {
    const figures = await measureWholeProcesses([nodeCommand("failing", "process.exitCode = 2")]);
    expect(figures.map((f) => f.note)).toEqual(["exited 2", "exited 2", "exited 2"]);
  }, 120_000);

  it("runs a repeated command that many times and says so beside the median wall time", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pae-bench-repeats-"));
    try {
      const tally = join(dir, "tally");
      const script = `require("node:fs").appendFileSync(${JSON.stringify(tally)}, "x")`;
      const figures = await measureWholeProcesses([{ ...nodeCommand("thrice", script), repeats: 3 }]);
      expect(readFileSync(tally, "utf8")).toBe("xxx");
      expect(figures[0]?.note).toMatch(/^median of 3 runs: \d+\.\d\d, \d+\.\d\d, \d+\.\d\d s$/);
      expect(figures.slice(1).map((f) => f.note)).toEqual([undefined, undefined]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("stops a repeated command at its first failed run and reports that run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pae-bench-repeats-"));
    try {
      const tally = join(dir, "tally");
      const script = `require("node:fs").appendFileSync(${JSON.stringify(tally)}, "x"); process.exitCode = 3`;
      const figures = await measureWholeProcesses([{ ...nodeCommand("failing-thrice", script), repeats: 3 }]);
      expect(readFileSync(tally, "utf8")).toBe("x");
      expect(figures.map((f) => f.note)).toEqual(["exited 3", "exited 3", "exited 3"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("says why a command it cannot run was not measured", async () => {
    const absent = { ...nodeCommand("absent", "0"), unavailable: () => "not measured: aws not on PATH" };
    expect(await measureWholeProcesses([absent])).toEqual([
      {
        name: "absent, wall time",
        value: null,
        unit: "s",
        goal: "under 1000 s",
        met: false,
        note: "not measured: aws not on PATH",
      },
    ]);
  });
});
