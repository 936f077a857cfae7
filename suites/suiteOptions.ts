import { parseRunOptions, type RunOptions } from "../harness/cli/runOptions.ts";

/** Environment variables that point the vitest suites at a target, as the run command's flags. */
export const SUITE_ENV = {
  PAE_CONFIG: "config",
  PAE_ENDPOINT: "endpoint",
  PAE_REGION: "region",
  PAE_CHANNEL_ARN: "channel-arn",
  PAE_EXTERNAL_ID_CHANNEL_ARN: "external-id-channel-arn",
  PAE_EXTERNAL_ID: "external-id",
  PAE_FOREIGN_CHANNEL_ARN: "foreign-channel-arn",
  PAE_SEED: "seed",
  PAE_RUNS: "runs",
  PAE_ONLY: "only",
  PAE_TIMEOUT: "timeout",
} as const;

/** The run options the suites use: the same parser as the CLI, fed from PAE_* variables. */
export function suiteOptions(env: NodeJS.ProcessEnv = process.env): RunOptions {
  const argv = Object.entries(SUITE_ENV).flatMap(([variable, flag]) => {
    const value = env[variable];
    return value === undefined || value === "" ? [] : [`--${flag}`, value];
  });
  const options = parseRunOptions(argv);
  if (options === "help") throw new Error("unreachable: --help is never passed");
  return options;
}
