import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The clone's bin: it runs the bundle of the current sources, as `npx pae-conformance emulator` does. */
const BIN = fileURLToPath(new URL("../../../bin/pae-conformance.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const LISTENING = /listening on (http:\/\/\S+)/;
/** Bounds for start-up and shutdown; generous for a busy 2-core machine. */
const START_BOUND_MS = 30_000;
const STOP_BOUND_MS = 10_000;

/** `pae-conformance emulator` in a node process of its own, so that its memory can be read apart from ours. */
export interface EmulatorProcess {
  url: string;
  pid: number;
  /** Peak resident memory of the process so far (VmHWM), in bytes. */
  peakRssBytes(): number;
  /** Resident memory now (VmRSS), in bytes. */
  rssBytes(): number;
  /** SIGTERM, and SIGKILL if it has not exited within a bound. */
  stop(): Promise<void>;
}

/** A field of /proc/PID/status in bytes (Linux reports kB). */
function procStatusBytes(pid: number, field: "VmHWM" | "VmRSS"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kilobytes = new RegExp(`^${field}:\\s+(\\d+) kB$`, "m").exec(status)?.[1];
  if (kilobytes === undefined) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(kilobytes) * 1024;
}

function exited(child: ChildProcess, boundMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), boundMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts the emulator on a free port with these extra flags; resolves with its URL once it listens. */
export function startEmulatorProcess(
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [BIN, "emulator", "--port", "0", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not listen within ${START_BOUND_MS} ms`), START_BOUND_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`emulator process ${why}: ${stderr.slice(0, 2_000)}`));
    };
    child.once("exit", (code) => fail(`exited with ${code}`));
    const onStdout = (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      const url = LISTENING.exec(stdout)?.[1];
      if (url === undefined || child.pid === undefined) return;
      clearTimeout(timer);
      // Later output ("emulator stopped") must not come back here: it would remove stop()'s exit listener too,
      // and stop() would then wait out its whole bound.
      child.stdout?.off("data", onStdout);
      child.stdout?.resume();
      child.removeAllListeners("exit");
      const pid = child.pid;
      resolve({
        url,
        pid,
        peakRssBytes: () => procStatusBytes(pid, "VmHWM"),
        rssBytes: () => procStatusBytes(pid, "VmRSS"),
        stop: async () => {
          child.kill("SIGTERM");
          if (!(await exited(child, STOP_BOUND_MS))) child.kill("SIGKILL");
        },
      });
    };
    child.stdout?.on("data", onStdout);
  });
}
