import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/pae-conformance.js", import.meta.url));
const WAIT_MS = 30_000;
const POLL_MS = 25;
/** A client stuck in its retries: it writes its pid, then waits for a minute. */
const STUCK_CLIENT = `node -e "require('fs').writeFileSync(process.env.PID_FILE, String(process.pid)); setTimeout(() => {}, 60000)"`;
const dirs: string[] = [];
const strays: number[] = [];

afterEach(() => {
  for (const pid of strays.splice(0)) if (alive(pid)) process.kill(pid, "SIGKILL");
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean): Promise<boolean> {
  for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline; ) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return condition();
}

describe("client --exec on Ctrl-C", () => {
  it("ends the command it is running (started in a process group of its own) and removes its scratch folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pae-groups-"));
    dirs.push(dir);
    const pidFile = join(dir, "client.pid");
    // The CLI's own temporary folder, so that what it leaves there is its own.
    const scratch = join(dir, "tmp");
    mkdirSync(scratch);
    const cli = spawn(
      process.execPath,
      [BIN, "client", "--exec", STUCK_CLIENT, "--scenario", "Success", "--out", join(dir, "out")],
      { env: { ...process.env, PID_FILE: pidFile, TMPDIR: scratch }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    for (const stream of [cli.stdout, cli.stderr]) stream.on("data", (chunk: Buffer) => (output += chunk.toString()));
    let exited = false;
    const ended = new Promise<number | null>((resolve) =>
      cli.once("exit", (code) => {
        exited = true;
        resolve(code);
      }),
    );
    const started = () => existsSync(pidFile) && readFileSync(pidFile, "utf8").length > 0;
    await until(() => exited || started());
    expect(started(), output).toBe(true);
    const clientPid = Number(readFileSync(pidFile, "utf8"));
    strays.push(clientPid);
    expect(alive(clientPid)).toBe(true);
    expect(readdirSync(scratch).filter((name) => name.startsWith("pae-exec-"))).toHaveLength(1);
    cli.kill("SIGINT");
    expect(await ended, output).toBe(130);
    expect(await until(() => !alive(clientPid))).toBe(true);
    expect(readdirSync(scratch).filter((name) => name.startsWith("pae-exec-"))).toEqual([]);
  });
});
