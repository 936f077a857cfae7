import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchFigure, underFigure } from "./benchFigure.ts";
import { measureProcess, type ProcessUsage } from "./measureProcess.ts";
import { medianUsage } from "./medianUsage.ts";
import type { WholeProcessCommand } from "./wholeProcessCommands.ts";
import { measureYardstick, YARDSTICK_NAME } from "./yardstick.ts";

const MB = 1024 * 1024;

function missing(command: WholeProcessCommand, what: string, unit: string, note: string, goal?: number): BenchFigure {
  return {
    name: `${command.title}, ${what}`,
    value: null,
    unit,
    goal: goal === undefined ? "none" : `under ${goal} ${unit}`,
    met: false,
    note,
  };
}

/** "median of 3 runs: 4.9, 5.2, 5.6 s" beside a wall figure taken from several runs; nothing for one run. */
function runsNote(runs: readonly ProcessUsage[]): string | undefined {
  if (runs.length < 2) return undefined;
  return `median of ${runs.length} runs: ${runs.map((run) => (run.wallMs / 1000).toFixed(2)).join(", ")} s`;
}

function figuresOf(
  command: WholeProcessCommand,
  limitMs: number,
  runs: readonly ProcessUsage[],
  yardsticks: readonly ProcessUsage[],
): BenchFigure[] {
  const usage = medianUsage(runs);
  const yardstick = medianUsage(yardsticks);
  const note = usage.timedOut
    ? `killed after ${limitMs / 1000} s, not finished`
    : usage.exitCode === 0
      ? undefined
      : `exited ${usage.exitCode}`;
  const withNote = (figure: BenchFigure): BenchFigure =>
    note === undefined ? figure : { ...figure, met: usage.timedOut ? false : figure.met, note };
  const wall = underFigure(
    `${command.title}, wall time`,
    { value: usage.wallMs / 1000, unit: "s" },
    command.goals.wallSeconds,
    {
      name: `${YARDSTICK_NAME}, wall`,
      value: yardstick.wallMs / 1000,
    },
  );
  const wallNote = runsNote(runs);
  const figures = [
    wallNote === undefined ? wall : { ...wall, note: wallNote },
    underFigure(`${command.title}, CPU time (user+sys)`, { value: usage.cpuMs / 1000, unit: "s" }, undefined, {
      name: `${YARDSTICK_NAME}, CPU`,
      value: yardstick.cpuMs / 1000,
    }),
  ];
  if (usage.timedOut) {
    figures.push(missing(command, "peak RSS", "MB", note ?? "", command.goals.peakRssMB));
  } else {
    figures.push(
      underFigure(
        `${command.title}, peak RSS (largest node process)`,
        { value: usage.peakRssBytes / MB, unit: "MB" },
        command.goals.peakRssMB,
      ),
    );
  }
  return figures.map(withNote);
}

/** Runs `command` `repeats` times (stopping at the first failed run), each right after a yardstick. */
async function measureRuns(
  command: WholeProcessCommand,
): Promise<{ runs: ProcessUsage[]; yardsticks: ProcessUsage[]; timeoutMs: number }> {
  const runs: ProcessUsage[] = [];
  const yardsticks: ProcessUsage[] = [];
  let timeoutMs = 0;
  for (let round = 0; round < (command.repeats ?? 1); round += 1) {
    const scratch = mkdtempSync(join(tmpdir(), `pae-bench-${command.id}-`));
    try {
      yardsticks.push(await measureYardstick());
      const spec = command.command(scratch);
      timeoutMs = spec.timeoutMs;
      const usage = await measureProcess(spec);
      runs.push(usage);
      if (usage.timedOut || usage.exitCode !== 0) break;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  return { runs, yardsticks, timeoutMs };
}

/**
 * Each command from outside, as a user waits for it: the yardstick is timed right before each run, so both saw
 * the same neighbours, and each figure carries its ratio to the yardstick beside its absolute value.
 */
export async function measureWholeProcesses(commands: readonly WholeProcessCommand[]): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const command of commands) {
    const reason = command.unavailable();
    if (reason !== undefined) {
      figures.push(missing(command, "wall time", "s", reason, command.goals.wallSeconds));
      continue;
    }
    const { runs, yardsticks, timeoutMs } = await measureRuns(command);
    figures.push(...figuresOf(command, timeoutMs, runs, yardsticks));
  }
  return figures;
}
