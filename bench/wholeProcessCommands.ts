import { statSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ProcessCommand } from "./measureProcess.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "pae-conformance.js");
/**
 * Caps so the bench always ends; a command killed by one is reported as not finished, goal not met. Each is
 * several times the command's goal, and the AWS CLI's, whose retry back-off dominates, twice its 2 min 16 s.
 * `npm test` gets 15 minutes: beside other work it has taken 9.
 */
const CAP_MS = { npmStart: 120_000, mutants: 300_000, awsCli: 600_000, npmTest: 900_000 };

/** A command as users run it, the goals of issue 16 for it, and a scratch directory it writes into. */
export interface WholeProcessCommand {
  id: string;
  title: string;
  /** Goals from issue 16, measured from outside the process on the project's 2-core machine. */
  goals: { wallSeconds?: number; peakRssMB?: number };
  /**
   * How many times to run it (default 1): a short command's single run on a shared machine is mostly noise, so
   * its figures are the median of several, each beside its own yardstick.
   */
  repeats?: number;
  /** Why it cannot be measured here, or undefined when it can. */
  unavailable(): string | undefined;
  /** The command, writing only under `scratch`. */
  command(scratch: string): ProcessCommand;
}

function onPath(name: string): boolean {
  const dirs = (process.env.PATH ?? "").split(delimiter).filter((dir) => dir !== "");
  return dirs.some((dir) => {
    try {
      return statSync(join(dir, name)).isFile();
    } catch {
      return false;
    }
  });
}

/**
 * The AWS CLI as the README runs it (each scenario's events from PAE_EVENTS_FILE, its external id from
 * PAE_EXTERNAL_ID), with an empty configuration of its own, so the user's profile and retry settings stay out.
 */
function awsCliExec(scratch: string): { exec: string; env: NodeJS.ProcessEnv } {
  writeFileSync(join(scratch, "aws-config"), "");
  writeFileSync(join(scratch, "aws-credentials"), "");
  return {
    exec: `aws cloudtrail-data put-audit-events --endpoint-url "$PAE_ENDPOINT" --channel-arn "$PAE_CHANNEL_ARN" --audit-events "file://$PAE_EVENTS_FILE" \${PAE_EXTERNAL_ID:+--external-id "$PAE_EXTERNAL_ID"} --output json`,
    env: {
      HOME: scratch,
      AWS_CONFIG_FILE: join(scratch, "aws-config"),
      AWS_SHARED_CREDENTIALS_FILE: join(scratch, "aws-credentials"),
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_PAGER: "",
    },
  };
}

/** The whole-process commands `npm run bench` times, each beside the yardstick. */
export const WHOLE_PROCESS_COMMANDS: readonly WholeProcessCommand[] = [
  {
    id: "npm-start",
    title: "npm start (every case, default runs, embedded emulator)",
    goals: { wallSeconds: 5, peakRssMB: 350 },
    repeats: 3,
    unavailable: () => undefined,
    command: (scratch) => ({
      command: "npm",
      args: ["start", "--", "--out", join(scratch, "run")],
      cwd: ROOT,
      timeoutMs: CAP_MS.npmStart,
    }),
  },
  {
    id: "mutants",
    title: "pae-conformance mutants (every fault and reading, default runs)",
    goals: { wallSeconds: 30 },
    unavailable: () => undefined,
    command: (scratch) => ({
      command: process.execPath,
      args: [BIN, "mutants", "--out", join(scratch, "mutants")],
      cwd: ROOT,
      timeoutMs: CAP_MS.mutants,
    }),
  },
  {
    id: "client-exec-aws-cli",
    title: "pae-conformance client --exec with the AWS CLI (every scenario)",
    goals: { wallSeconds: 60 },
    unavailable: () => (onPath("aws") ? undefined : "not measured: aws not on PATH"),
    command: (scratch) => {
      const { exec, env } = awsCliExec(scratch);
      return {
        command: process.execPath,
        args: [BIN, "client", "--exec", exec, "--out", join(scratch, "client")],
        cwd: ROOT,
        env,
        timeoutMs: CAP_MS.awsCli,
      };
    },
  },
  {
    id: "npm-test",
    title: "npm test (every suite, as CI runs it)",
    goals: { wallSeconds: 180 },
    unavailable: () => undefined,
    // The suites write only to their own temporary directories; scratch stays empty.
    command: () => ({ command: "npm", args: ["test"], cwd: ROOT, timeoutMs: CAP_MS.npmTest }),
  },
];
