import { readFileSync } from "node:fs";

/** Linux's USER_HZ: /proc reports times in these ticks; it is 100 on every architecture node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * The sum of two adjacent tick fields of /proc/<pid>/stat, in seconds, at the kernel's 10 ms resolution; `at`
 * counts fields after the command name's closing parenthesis (the name may hold spaces and parentheses).
 * Undefined where /proc is missing or the process is gone.
 */
function statSeconds(pid: number | "self", at: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const first = Number(fields[at]);
  const second = Number(fields[at + 1]);
  return Number.isFinite(first) && Number.isFinite(second) ? (first + second) / TICKS_PER_SECOND : undefined;
}

/** CPU seconds (user + system: utime + stime) process `pid` has used so far. */
export function processCpuSeconds(pid: number): number | undefined {
  return statSeconds(pid, 11);
}

/**
 * CPU seconds (user + system: cutime + cstime) of every descendant this process has waited for: a waited-for
 * child's own waited-for children are included, whatever language they run.
 */
export function childCpuSeconds(): number | undefined {
  return statSeconds("self", 13);
}
