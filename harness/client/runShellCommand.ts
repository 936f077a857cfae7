import { spawn } from "node:child_process";
import { untilExit } from "./untilExit.ts";

export interface ShellOutcome {
  /** The exit code; -1 when the command was ended by a signal or could not start. */
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * Runs `command` in a shell, in a process group of its own, keeping at most `maxOutputBytes` of each stream.
 * On timeout the whole group is killed: killing only the shell would leave the client it started running,
 * to send its request (or its retries) later, into another scenario's recording. For the same reason the group
 * is killed if this process ends or is interrupted (Ctrl-C) while the command runs.
 */
export function runShellCommand(
  command: string,
  options: { env: NodeJS.ProcessEnv; timeoutMs: number; maxOutputBytes: number },
): Promise<ShellOutcome> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, detached: true, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    const pid = child.pid;
    const release = pid === undefined ? () => {} : untilExit(() => process.kill(-pid, "SIGKILL"));
    const kept = { stdout: "", stderr: "" };
    for (const name of ["stdout", "stderr"] as const) {
      child[name].setEncoding("utf8");
      child[name].on("data", (chunk: string) => {
        if (kept[name].length < options.maxOutputBytes) kept[name] += chunk.slice(0, options.maxOutputBytes);
      });
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (pid !== undefined) process.kill(-pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, options.timeoutMs);
    const settle = (code: number) => {
      clearTimeout(timer);
      release();
      resolve({ code, ...kept, timedOut });
    };
    child.once("error", (error) => {
      kept.stderr += String(error);
      settle(-1);
    });
    child.once("close", (code) => settle(code ?? -1));
  });
}
