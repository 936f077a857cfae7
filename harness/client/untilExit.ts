/**
 * What must be undone if this process exits first: a command's process group still running, a scratch folder
 * still there. A command runs detached (in a group of its own, so a timeout can kill the client it started
 * too); then Ctrl-C in a terminal reaches only this process, and a client still running would go on sending its
 * requests (or its retries) after the run is gone. The command line turns Ctrl-C into an exit
 * (bin/pae-conformance.js), so "exit" is the one moment.
 */
const pending = new Set<() => void>();

/** Last registered, first undone: a folder outlives the command that reads from it. */
function undoAll(): void {
  for (const undo of [...pending].reverse()) {
    try {
      undo();
    } catch {
      // Already undone (the group has ended, the folder is gone).
    }
  }
  pending.clear();
}

/** Runs `undo` if this process exits before the returned release is called; release once it is done anyway. */
export function untilExit(undo: () => void): () => void {
  if (pending.size === 0) process.on("exit", undoAll);
  pending.add(undo);
  return () => {
    if (pending.delete(undo) && pending.size === 0) process.off("exit", undoAll);
  };
}
