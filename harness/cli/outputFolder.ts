import { existsSync, mkdirSync, realpathSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CliError } from "./cliError.ts";

/** Kernel file systems: writing a report there hangs or means nothing. */
const SPECIAL = /^\/(proc|sys|dev)(\/|$)/;

function nearestExisting(path: string): string {
  let current = resolve(path);
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return realpathSync(current);
}

/** Creates the output folder, or one line saying why not; refuses special file systems up front. */
export function ensureOutputFolder(out: string): void {
  const absolute = resolve(out);
  if (SPECIAL.test(absolute) || SPECIAL.test(nearestExisting(absolute)))
    throw new CliError(`cannot write reports to ${out}: it is on a special file system (/proc, /sys or /dev)`);
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot write reports to ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
