import { CATALOGUE } from "../../../harness/catalogue/catalogue.ts";
import type { RunDocument } from "../../../harness/model/runDocument.ts";
import type { TargetConfig } from "../../../harness/model/target.ts";
import { runSuite } from "../../../harness/runner/runSuite.ts";
import { DEFAULT_MAX_RESPONSE_BYTES } from "../../../harness/sender/createSender.ts";

export const HOSTILE_CHANNEL_ARN =
  "arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-000000000001";
/** A handful of cases: valid, negative, a duplicate and a channel rule. */
export const HOSTILE_CASES = [
  "ValidBatchIsIngested",
  "ZeroEventsAreRejected",
  "DuplicateIdsAreRejected",
  "MissingChannelArnIsRejected",
] as const;
export const HOSTILE_RUNS = 2;
/** The deadline against servers whose expected failure is a timeout: short, so the test does not wait long. */
export const HOSTILE_TIMEOUT_MS = 500;
/**
 * The deadline against servers that do answer (or close, or reset): long, so that a stalled, loaded machine
 * cannot turn their answer into a timeout, which is not the failure the test expects of them.
 */
export const ANSWERING_TIMEOUT_MS = 20_000;
export const HOSTILE_SEED = 20261125;

export function hostileTarget(endpoint: string, timeoutMs = HOSTILE_TIMEOUT_MS): TargetConfig {
  return {
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDHOSTILETEST", secretAccessKey: "hostile-test-secret-key" },
    fixtures: { ownChannelArn: HOSTILE_CHANNEL_ARN },
    timeoutMs,
    maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
  };
}

/** The hostile cases against `endpoint`, as the CLI would run them with `--runs 2 --timeout <timeoutMs>`. */
export function hostileRun(endpoint: string, timeoutMs: number): Promise<RunDocument> {
  return runSuite({
    target: hostileTarget(endpoint, timeoutMs),
    catalogue: CATALOGUE,
    embedded: false,
    seed: HOSTILE_SEED,
    runs: HOSTILE_RUNS,
    only: [...HOSTILE_CASES],
    skip: [],
  });
}

/** The same run's command line. */
export function hostileCliArgs(endpoint: string, out: string, timeoutMs: number): string[] {
  return [
    "run",
    "--endpoint",
    endpoint,
    "--channel-arn",
    HOSTILE_CHANNEL_ARN,
    "--only",
    HOSTILE_CASES.join(","),
    "--runs",
    String(HOSTILE_RUNS),
    "--timeout",
    String(timeoutMs),
    "--seed",
    String(HOSTILE_SEED),
    "--out",
    out,
  ];
}
