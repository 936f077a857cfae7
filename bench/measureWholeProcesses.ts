import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchFigure, underFigure } from "./benchFigure.ts";
import { measureProcess, type ProcessUsage } from "./measureProcess.ts";
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

function figuresOf(
  command: WholeProcessCommand,
  limitMs: number,
  usage: ProcessUsage,
  yardstick: ProcessUsage,
): BenchFigure[] {
  const note = usage.timedOut
    ? `killed after ${limitMs / 1000} s, not finished`
    : usage.exitCode === 0
      ? undefined
      : `exited ${usage.exitCode}`;
  const withNote = (figure: BenchFigure): BenchFigure =>
    note === undefined ? figure : { ...figure, met: usage.timedOut ? false : figure.met, note };
  const figures = [
    underFigure(`${command.title}, wall time`, { value: usage.wallMs / 1000, unit: "s" }, command.goals.wallSeconds, {
      name: `${YARDSTICK_NAME}, wall`,
      value: yardstick.wallMs / 1000,
    }),
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

/**
 * Each command from outside, as a user waits for it: the yardstick is timed right before it, so both saw the
 * same neighbours, and each figure carries its ratio to the yardstick beside its absolute value.
 */
export async function measureWholeProcesses(commands: readonly WholeProcessCommand[]): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const command of commands) {
    const reason = command.unavailable();
    if (reason !== undefined) {
      figures.push(missing(command, "wall time", "s", reason, command.goals.wallSeconds));
      continue;
    }
    const scratch = mkdtempSync(join(tmpdir(), `pae-bench-${command.id}-`));
    try {
      const yardstick = await measureYardstick();
      const spec = command.command(scratch);
      const usage = await measureProcess(spec);
      figures.push(...figuresOf(command, spec.timeoutMs, usage, yardstick));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  return figures;
}
