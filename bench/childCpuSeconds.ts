import { readFileSync } from "node:fs";

/** Linux's USER_HZ: /proc reports times in these ticks; it is 100 on every architecture node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) of every descendant this process has waited for, from /proc/self/stat
 * (cutime + cstime): a waited-for child's own waited-for children are included, whatever language they run.
 * Undefined where /proc is missing.
 */
export function childCpuSeconds(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync("/proc/self/stat", "utf8");
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  return Number.isFinite(cutime) && Number.isFinite(cstime) ? (cutime + cstime) / TICKS_PER_SECOND : undefined;
}
