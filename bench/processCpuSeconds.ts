import { readFileSync } from "node:fs";

/** Linux's USER_HZ: /proc reports times in these ticks; it is 100 on every architecture node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) process `pid` has used so far, from /proc/<pid>/stat (utime + stime), at the
 * kernel's 10 ms resolution. Undefined where /proc is missing or the process is gone.
 */
export function processCpuSeconds(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // Fields are counted after the command name's closing parenthesis (the name may hold spaces): utime is field 14.
  const [utime, stime] = stat
    .slice(stat.lastIndexOf(")") + 2)
    .split(" ")
    .slice(11, 13)
    .map(Number);
  return Number.isFinite(utime) && Number.isFinite(stime)
    ? ((utime ?? 0) + (stime ?? 0)) / TICKS_PER_SECOND
    : undefined;
}
