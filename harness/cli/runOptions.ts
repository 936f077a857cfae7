import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { TRIGGER_FLAG_NAMES, triggerFixturesFrom } from "../model/fixtureFlags.ts";
import type { ChannelFixtures } from "../model/target.ts";
import { CliError } from "./cliError.ts";
import { joinNegativeValues } from "./negativeValues.ts";
import { parseNumber } from "./parseNumber.ts";
import { parseShard } from "./parseShard.ts";

export interface RunOptions {
  endpoint?: string;
  region?: string;
  channelArn?: string;
  externalIdChannelArn?: string;
  externalId?: string;
  foreignChannelArn?: string;
  /** Fixtures of the documented answers only a service's state produces (partner, unsupported schema...). */
  triggerFixtures: Partial<ChannelFixtures>;
  seed: number;
  runs: number;
  only: string[];
  skip: string[];
  timeoutMs: number;
  out: string;
  shard?: { index: number; total: number };
  allowIngest: boolean;
  faults: string[];
  /** NAME=VALUE choices of the embedded emulator's readings. */
  readings: string[];
  path?: string;
  concurrency: number;
  /** Threads sharing the cases against the embedded emulator; undefined: as many as the cores allow. */
  threads?: number;
  quiet: boolean;
  /** A PEM file of CA certificates to trust for an HTTPS endpoint. */
  caCert?: string;
}

export const RUN_DEFAULTS = {
  seed: 20261125,
  runs: 50,
  timeoutMs: 10_000,
  out: "reports/latest",
  replayOut: "reports/replay",
  concurrency: 4,
} as const;

const FLAGS = {
  config: { type: "string" },
  endpoint: { type: "string" },
  region: { type: "string" },
  "channel-arn": { type: "string" },
  "external-id-channel-arn": { type: "string" },
  "external-id": { type: "string" },
  "foreign-channel-arn": { type: "string" },
  seed: { type: "string" },
  runs: { type: "string" },
  only: { type: "string", multiple: true },
  skip: { type: "string", multiple: true },
  case: { type: "string", multiple: true },
  timeout: { type: "string" },
  out: { type: "string" },
  shard: { type: "string" },
  "allow-ingest": { type: "boolean" },
  fault: { type: "string", multiple: true },
  reading: { type: "string", multiple: true },
  path: { type: "string" },
  concurrency: { type: "string" },
  threads: { type: "string" },
  quiet: { type: "boolean" },
  "ca-cert": { type: "string" },
  help: { type: "boolean", short: "h" },
  ...(Object.fromEntries(TRIGGER_FLAG_NAMES.map((name) => [name, { type: "string" }])) as Record<
    string,
    { type: "string" }
  >),
} as const;

type Raw = Record<string, string | boolean | string[] | number | undefined>;

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((item) => String(item).split(","))
    .filter(Boolean);

function readConfig(path: string): Raw {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CliError(`cannot read config file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("not an object");
    const unknown = Object.keys(value).filter((key) => !(key in FLAGS) || key === "config");
    if (unknown.length > 0) throw new Error(`unknown keys ${unknown.join(", ")}`);
    return value as Raw;
  } catch (error) {
    throw new CliError(`config file ${path} is not a JSON object of run flags: ${(error as Error).message}`);
  }
}

/** The `run` command's options: flags over an optional JSON config file (same keys as the flags) over defaults. */
export function parseRunOptions(argv: string[]): RunOptions | "help" {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof FLAGS; strict: true; allowPositionals: false }>>;
  try {
    const valueFlags = Object.keys(FLAGS).filter((flag) => FLAGS[flag as keyof typeof FLAGS].type === "string");
    const args = joinNegativeValues(argv, valueFlags);
    parsed = parseArgs({ args, options: FLAGS, strict: true, allowPositionals: false });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split("\n")[0]} (see pae-conformance run --help)`);
  }
  if (parsed.values.help) return "help";
  const config = parsed.values.config ? readConfig(parsed.values.config) : {};
  const raw: Raw = { ...config, ...parsed.values };
  const text = (key: string) => (raw[key] === undefined ? undefined : String(raw[key]));
  if (text("external-id-channel-arn") !== undefined && text("external-id") === undefined) {
    throw new CliError("--external-id-channel-arn needs --external-id (the external id its policy requires)");
  }
  const triggerFixtures = triggerFixturesFrom(text);
  if (typeof triggerFixtures === "string") throw new CliError(triggerFixtures);
  if (text("path") !== undefined && list(raw.case).length !== 1) {
    throw new CliError(
      "--path replays one counterexample: give it with exactly one --case ID (and the failing run's --seed)",
    );
  }
  const endpoint = text("endpoint");
  if (endpoint !== undefined && !/^https?:\/\/[^/]+/.test(endpoint)) {
    throw new CliError(`--endpoint must be an http(s) URL, got "${endpoint}"`);
  }
  if (endpoint !== undefined && text("threads") !== undefined) {
    throw new CliError(
      "--threads applies to the embedded emulator only: an external target's own speed bounds the run",
    );
  }
  return {
    endpoint,
    region: text("region"),
    channelArn: text("channel-arn"),
    externalIdChannelArn: text("external-id-channel-arn"),
    externalId: text("external-id"),
    foreignChannelArn: text("foreign-channel-arn"),
    triggerFixtures,
    seed: parseNumber("seed", text("seed") ?? RUN_DEFAULTS.seed, -(2 ** 31), 2 ** 31 - 1),
    runs: parseNumber("runs", text("runs") ?? RUN_DEFAULTS.runs, 1, 10_000),
    only: [...list(raw.only), ...list(raw.case)],
    skip: list(raw.skip),
    timeoutMs: parseNumber("timeout", text("timeout") ?? RUN_DEFAULTS.timeoutMs, 100, 600_000),
    // A replay must not overwrite the report of the run it reproduces.
    out: text("out") ?? (text("path") === undefined ? RUN_DEFAULTS.out : RUN_DEFAULTS.replayOut),
    shard: text("shard") === undefined ? undefined : parseShard(String(text("shard"))),
    allowIngest: raw["allow-ingest"] === true,
    faults: list(raw.fault),
    readings: list(raw.reading),
    path: text("path"),
    concurrency: parseNumber("concurrency", text("concurrency") ?? RUN_DEFAULTS.concurrency, 1, 64),
    threads: text("threads") === undefined ? undefined : parseNumber("threads", String(text("threads")), 1, 2),
    quiet: raw.quiet === true,
    caCert: text("ca-cert"),
  };
}
