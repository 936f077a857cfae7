import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleClientInput } from "./clientInputFor.ts";
import { namesMentioned } from "./namesMentioned.ts";
import type { ClientDriver } from "./runClientScenarios.ts";
import { runShellCommand, type ShellOutcome } from "./runShellCommand.ts";
import type { SurfacedAnswer } from "./surfacedAnswer.ts";
import { untilExit } from "./untilExit.ts";

export interface ExecDriverOptions {
  /** Per run of the command; it is killed after. */
  timeoutMs: number;
  /** The environment the command starts from; the harness's variables are set over it. */
  env: NodeJS.ProcessEnv;
  /** Called before each run of the command, e.g. for progress. */
  onCall?: (scenarioId: string) => void;
}

const MAX_OUTPUT_BYTES = 4 * 1024 * 1024;
/** Variables of the caller's own AWS setup that would make the command sign as someone else. */
const DROPPED = ["AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SECURITY_TOKEN", "PAE_EXTERNAL_ID"];

function parsedOrText(stdout: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch {
    return stdout;
  }
}

/**
 * Runs `command` with the events in a scratch file named by PAE_EVENTS_FILE. The folder is removed when the
 * command ends, or when this process exits first (Ctrl-C).
 */
async function runWithEventsFile(
  command: string,
  env: NodeJS.ProcessEnv,
  events: unknown,
  timeoutMs: number,
): Promise<ShellOutcome> {
  const dir = mkdtempSync(join(tmpdir(), "pae-exec-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const release = untilExit(remove);
  try {
    const eventsFile = join(dir, "events.json");
    writeFileSync(eventsFile, JSON.stringify(events));
    const callEnv = { ...env, PAE_EVENTS_FILE: eventsFile };
    return await runShellCommand(command, { env: callEnv, timeoutMs, maxOutputBytes: MAX_OUTPUT_BYTES });
  } finally {
    remove();
    release();
  }
}

/**
 * Runs a shell command once per call. The contract: the scenario's events are in the JSON file PAE_EVENTS_FILE
 * (the `auditEvents` list, as `aws cloudtrail-data put-audit-events --audit-events file://...` reads it) and,
 * when the scenario has one, its external id is PAE_EXTERNAL_ID; exit 0 on success (stdout shows the result,
 * JSON or text); non-zero on an error, with the error's name in stdout or stderr. Both streams are recorded.
 */
export function execDriver(command: string, options: ExecDriverOptions): ClientDriver {
  return {
    prepare: ({ scenario, seed, setup, channelArn }) => {
      const input = sampleClientInput(channelArn, seed);
      const env: NodeJS.ProcessEnv = { ...options.env };
      for (const name of DROPPED) delete env[name];
      Object.assign(env, {
        PAE_ENDPOINT: setup.endpoint,
        AWS_ENDPOINT_URL: setup.endpoint,
        AWS_ACCESS_KEY_ID: setup.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: setup.credentials.secretAccessKey,
        AWS_DEFAULT_REGION: setup.region,
        AWS_REGION: setup.region,
        PAE_CHANNEL_ARN: channelArn,
        ...(input.externalId === undefined ? {} : { PAE_EXTERNAL_ID: input.externalId }),
      });
      const invoke = async (): Promise<SurfacedAnswer> => {
        options.onCall?.(scenario.id);
        const ran = await runWithEventsFile(command, env, input.auditEvents, options.timeoutMs);
        const output = { stdout: ran.stdout, stderr: ran.stderr };
        if (ran.timedOut) return { kind: "timed-out", afterMs: options.timeoutMs };
        if (ran.code === 0) return { kind: "resolved", value: parsedOrText(ran.stdout), exitCode: 0, output };
        const text = `${ran.stdout}\n${ran.stderr}`;
        return { kind: "threw", names: namesMentioned(text), text, exitCode: ran.code, output };
      };
      const expected = { channelArn, ...(input.externalId === undefined ? {} : { externalId: input.externalId }) };
      return { expected, invoke };
    },
  };
}
