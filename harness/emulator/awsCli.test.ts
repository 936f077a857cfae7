import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROBE_CHANNELS, probeEvent } from "./faults/probeRequests.ts";
import { type RunningEmulator, startEmulator } from "./startEmulator.ts";

const run = promisify(execFile);
const CLI_TIMEOUT_MS = 30_000;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

describe("the AWS CLI against the emulator", () => {
  let emulator: RunningEmulator;
  let anyKey: RunningEmulator;
  let home: string;
  beforeAll(async () => {
    emulator = await startEmulator();
    anyKey = await startEmulator({ acceptAnyKey: true });
    home = await mkdtemp(join(tmpdir(), "pae-aws-cli-"));
    await writeFile(join(home, "config"), "");
    await writeFile(join(home, "credentials"), "");
  });
  afterAll(async () => {
    await emulator.close();
    await anyKey.close();
    await rm(home, { recursive: true, force: true });
  });

  async function putAuditEvents(
    channelArn: string,
    events: unknown[],
    target: RunningEmulator = emulator,
    credentials: { accessKeyId: string; secretAccessKey: string } = target.credentials,
  ): Promise<CliResult> {
    const args = [
      "cloudtrail-data",
      "put-audit-events",
      "--endpoint-url",
      target.url,
      "--channel-arn",
      channelArn,
      "--audit-events",
      JSON.stringify(events),
      "--cli-read-timeout",
      "10",
      "--output",
      "json",
    ];
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: home,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_DEFAULT_REGION: target.region,
      AWS_MAX_ATTEMPTS: "1",
      AWS_CONFIG_FILE: join(home, "config"),
      AWS_SHARED_CREDENTIALS_FILE: join(home, "credentials"),
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_PAGER: "",
    };
    try {
      const { stdout, stderr } = await run("aws", args, { env, timeout: CLI_TIMEOUT_MS });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return {
        code: typeof failed.code === "number" ? failed.code : -1,
        stdout: failed.stdout ?? "",
        stderr: failed.stderr ?? "",
      };
    }
  }

  it("puts a valid event", async () => {
    const result = await putAuditEvents(PROBE_CHANNELS.own, [probeEvent("cli-event-1")]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ successful: [{ id: "cli-event-1" }], failed: [] });
  });

  it.each([
    ["a duplicate id", PROBE_CHANNELS.own, [probeEvent("same"), probeEvent("same")], "DuplicatedAuditEventId"],
    ["an unknown channel", PROBE_CHANNELS.own.replace(/1$/, "8"), [probeEvent("e")], "ChannelNotFound"],
  ])("exits non-zero naming the error for %s", async (_name, channelArn, events, want) => {
    const result = await putAuditEvents(channelArn, events);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(want);
  });

  const ownKey = { accessKeyId: "AKIDUSERSOWNKEY", secretAccessKey: "users-own-secret" };

  it("is refused with an unknown key by default (UnrecognizedClientException)", async () => {
    const result = await putAuditEvents(PROBE_CHANNELS.own, [probeEvent("e")], emulator, ownKey);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("UnrecognizedClientException");
  });

  it.each([
    ["the user's own key", () => ownKey],
    ["the fixture's caller key", () => anyKey.credentials],
  ])("puts a valid event with %s under --accept-any-key", async (_name, key) => {
    const result = await putAuditEvents(PROBE_CHANNELS.own, [probeEvent("cli-event-2")], anyKey, key());
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ successful: [{ id: "cli-event-2" }], failed: [] });
  });
});
