import { printable } from "./printable.ts";

/**
 * A command that spans lines (a multi-line `--exec` script inside quotes), kept line by line: folding its line
 * breaks into spaces would change the command. Control characters inside each line are still made harmless.
 */
export function commandLines(command: string): string[] {
  return command.split("\n").map(printable);
}

/** A fenced Markdown code block holding a command exactly, line breaks kept; the fence outgrows any backtick run. */
export function markdownCommandBlock(command: string): string {
  const lines = commandLines(command);
  const longestRun = Math.max(2, ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  return [`${fence}sh`, ...lines, fence].join("\n");
}
