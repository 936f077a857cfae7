/**
 * The process groups of commands still running, killed when this process exits. A command runs detached (in a
 * group of its own, so a timeout can kill the client it started too); then Ctrl-C in a terminal reaches only
 * this process, and a client still running would go on sending its requests (or its retries) after the run is
 * gone. The command line turns Ctrl-C into an exit (bin/pae-conformance.js), so "exit" is the one moment.
 */
const live = new Set<number>();

function killAll(): void {
  for (const pid of live) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // The group has already ended.
    }
  }
  live.clear();
}

/** Keeps `pid`'s group to be killed if this process exits before the group ends. */
export function holdProcessGroup(pid: number): void {
  if (live.size === 0) process.on("exit", killAll);
  live.add(pid);
}

/** The group has ended (or been killed): no longer this process's to kill. */
export function releaseProcessGroup(pid: number): void {
  if (live.delete(pid) && live.size === 0) process.off("exit", killAll);
}
