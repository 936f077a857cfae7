import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultEmulatorFixture } from "../harness/emulator/defaultEmulatorFixture.ts";
import { PROBE_CHANNELS, probeEvent, probeRequest } from "../harness/emulator/faults/probeRequests.ts";
import { sendToEmulator } from "../harness/emulator/testing/sendToEmulator.ts";
import { type CliProcess, spawnCli } from "./testing/hostile/spawnCli.ts";

const START_TIMEOUT_MS = 60_000;
const WORKERS = 4;
const KILL_AFTER_ACKS = 40;
const MAX_REQUESTS_PER_WORKER = 2_000;
const [CALLER_KEY] = defaultEmulatorFixture.keys;

/** Spawns `pae-conformance emulator --data-dir dir` and resolves with its port once it says where it listens. */
async function spawnEmulator(dir: string): Promise<{ cli: CliProcess; port: number }> {
  const cli = spawnCli(["emulator", "--port", "0", "--data-dir", dir]);
  let out = "";
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no start within ${START_TIMEOUT_MS} ms: ${cli.stderr()}`)),
      START_TIMEOUT_MS,
    );
    cli.child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const found = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve(Number(found[1]));
      }
    });
    cli.child.once("close", () => reject(new Error(`exited before listening: ${cli.stderr()}`)));
  });
  return { cli, port };
}

const target = (port: number) => ({
  port,
  region: defaultEmulatorFixture.region,
  credentials: CALLER_KEY ?? { accessKeyId: "", secretAccessKey: "" },
});

describe("--data-dir survives kill -9", () => {
  const dir = mkdtempSync(join(tmpdir(), "pae-durability-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "keeps every acknowledged event, none twice, after SIGKILL during a load and a restart",
    async () => {
      const first = await spawnEmulator(dir);
      const acknowledged: string[] = [];
      const sent = new Set<string>();
      let killed = false;
      const worker = async (index: number) => {
        for (let n = 0; n < MAX_REQUESTS_PER_WORKER; n += 1) {
          const id = `w${index}-${n}`;
          const { query, body } = probeRequest([probeEvent(id)], { channelArn: PROBE_CHANNELS.own });
          sent.add(id);
          try {
            const answer = await sendToEmulator(target(first.port), { query, body });
            if (answer.status === 200) acknowledged.push(id);
          } catch {
            return; // the server is gone
          }
          if (acknowledged.length >= KILL_AFTER_ACKS && !killed) {
            killed = true;
            first.cli.child.kill("SIGKILL");
          }
        }
      };
      await Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index)));
      const exit = await first.cli.done;
      expect(exit.signal).toBe("SIGKILL");
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

      const second = await spawnEmulator(dir);
      try {
        const listed = await sendToEmulator(target(second.port), { method: "GET", path: "/_emulator/events" });
        const ids = (listed.json as { events: { id: string }[] }).events.map((event) => event.id);
        expect(acknowledged.filter((id) => !ids.includes(id))).toEqual([]);
        expect(ids.length).toBe(new Set(ids).size);
        expect(ids.filter((id) => !sent.has(id))).toEqual([]);
      } finally {
        second.cli.child.kill("SIGTERM");
        await second.cli.done;
      }
    },
    3 * START_TIMEOUT_MS,
  );
});
