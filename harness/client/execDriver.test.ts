import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_SCENARIOS } from "./clientScenarios.ts";
import { execDriver } from "./execDriver.ts";

/** Whether a process still runs (a zombie, killed but not yet reaped, does not). */
async function running(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  return stat !== "" && !/^\d+ \(.*\) Z /.test(stat);
}

describe("execDriver on a command that outlives its timeout", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pae-exec-test-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("ends the command's children too, so none sends a request into a later scenario", async () => {
    const pidFile = join(dir, "child.pid");
    // The shell starts a child that would run on after the shell is killed, as a client under a wrapper does.
    const driver = execDriver('sleep 60 & echo $! > "$PAE_PID_FILE"; wait', {
      timeoutMs: 1_000,
      env: { PATH: process.env.PATH ?? "", PAE_PID_FILE: pidFile },
    });
    const setup = {
      endpoint: "http://127.0.0.1:9",
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    };
    const scenario = CLIENT_SCENARIOS[0];
    if (scenario === undefined) throw new Error("no client scenario");
    const { invoke } = driver.prepare({
      scenario,
      seed: 1,
      setup,
      channelArn: "arn:aws:cloudtrail:us-east-1:1:channel/x",
    });
    expect(await invoke()).toEqual({ kind: "timed-out", afterMs: 1_000 });
    const child = Number(await readFile(pidFile, "utf8"));
    let alive = await running(child);
    for (let poll = 0; alive && poll < 50; poll += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      alive = await running(child);
    }
    expect(alive).toBe(false);
  });
});
