import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultEmulatorFixture } from "../harness/emulator/defaultEmulatorFixture.ts";
import { type RunningEmulator, startEmulator } from "../harness/emulator/startEmulator.ts";
import { type LocalServer, startLocalServer } from "../harness/sender/testing/localServer.ts";
import { echoesRequest } from "./testing/hostile/echoesRequest.ts";
import { spawnCli } from "./testing/hostile/spawnCli.ts";

const CLI_TIMEOUT_MS = 90_000;
/** Markers with characters that percent-encoding and JSON escaping change, so every form is searched. */
const MARKERS = {
  AWS_ACCESS_KEY_ID: "AKIAMARKERKEYID47",
  AWS_SECRET_ACCESS_KEY: "MarkerSecret/Key+With=Signs47",
  AWS_SESSION_TOKEN: "MarkerSession/Token+With=Signs47",
  externalId: "MarkerExternalId+47=x",
} as const;
const CHANNEL = (id: string) =>
  `arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-00000000000${id}`;
/** Cases that put the external id in the URL and the credentials in every request, and fail to record more. */
const CASES =
  "CorrectExternalIdIsAccepted,WrongExternalIdIsRejected,MissingExternalIdIsRejected,ValidBatchIsIngested,ZeroEventsAreRejected";

function forms(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    Buffer.from(secret).toString("base64"),
  ];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every place a secret showed up: "<where>: <which>". */
function leaks(secrets: Record<string, string>, texts: Record<string, string>): string[] {
  return Object.entries(texts).flatMap(([where, text]) =>
    Object.entries(secrets)
      .filter(([, secret]) => forms(secret).some((form) => text.includes(form)))
      .map(([name]) => `${where}: ${name}`),
  );
}

describe("secrets never reach the reports or the console", () => {
  const root = mkdtempSync(join(tmpdir(), "pae-secrets-"));
  let echo: LocalServer;
  let emulator: RunningEmulator;
  beforeAll(async () => {
    echo = await startLocalServer(echoesRequest);
    emulator = await startEmulator();
  });
  afterAll(async () => {
    await echo.close();
    await emulator.close();
    rmSync(root, { recursive: true, force: true });
  });

  async function runAndCollect(name: string, args: string[], env: NodeJS.ProcessEnv) {
    const out = join(root, name);
    const result = await spawnCli([...args, "--out", out], env).done;
    const texts: Record<string, string> = { stdout: result.stdout, stderr: result.stderr };
    for (const file of filesUnder(out)) texts[file.slice(out.length + 1)] = readFileSync(file, "latin1");
    return { result, texts };
  }

  const endpointRuns: [string, () => string][] = [
    ["a loopback fake that echoes every request back", () => echo.endpoint],
    ["the reference emulator on a loopback endpoint", () => emulator.url],
  ];

  it.each(endpointRuns)(
    "keeps environment credentials and the external id out of a run against %s",
    async (_name, endpoint) => {
      const { result, texts } = await runAndCollect(
        endpoint().replace(/\W/g, "-"),
        [
          "run",
          "--endpoint",
          endpoint(),
          "--channel-arn",
          CHANNEL("1"),
          "--external-id-channel-arn",
          CHANNEL("2"),
          "--external-id",
          MARKERS.externalId,
          "--only",
          CASES,
          "--runs",
          "3",
        ],
        {
          AWS_ACCESS_KEY_ID: MARKERS.AWS_ACCESS_KEY_ID,
          AWS_SECRET_ACCESS_KEY: MARKERS.AWS_SECRET_ACCESS_KEY,
          AWS_SESSION_TOKEN: MARKERS.AWS_SESSION_TOKEN,
        },
      );
      expect(result.code, result.stderr).toBe(1);
      expect(Object.keys(texts)).toContain("report.json");
      expect(leaks(MARKERS, texts)).toEqual([]);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    "keeps the embedded emulator's secret keys and external id out of an embedded run",
    async () => {
      const secrets: Record<string, string> = {};
      for (const key of defaultEmulatorFixture.keys) secrets[`secret key of ${key.accountId}`] = key.secretAccessKey;
      for (const channel of defaultEmulatorFixture.channels) {
        if (channel.externalId) secrets[`external id of ${channel.arn}`] = channel.externalId;
      }
      const { result, texts } = await runAndCollect("embedded", ["run", "--only", CASES, "--runs", "3"], {});
      expect(result.code, result.stderr).toBe(0);
      expect(leaks(secrets, texts)).toEqual([]);
    },
    CLI_TIMEOUT_MS,
  );
});
