import { parseArgs } from "node:util";
import { startScriptedEmulator } from "../client/scripted/startScriptedEmulator.ts";
import { describeEmulator } from "../emulator/describeEmulator.ts";
import type { EmulatorFixture } from "../emulator/emulatorFixture.ts";
import type { EmulatorLimits } from "../emulator/emulatorLimits.ts";
import { loadEmulatorFixture } from "../emulator/loadEmulatorFixture.ts";
import { parseReadingFlags, type ReadingChoice } from "../emulator/readings/applyReadings.ts";
import type { ErrorEncoding } from "../emulator/stages.ts";
import { type EmulatorAuth, startEmulator } from "../emulator/startEmulator.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { emulatorStoreLimits, STORE_LIMIT_OPTIONS } from "./emulatorStoreLimits.ts";
import { parseNumber } from "./parseNumber.ts";

export const EMULATOR_USAGE = `Usage: pae-conformance emulator [flags]

Starts the reference emulator of PutAuditEvents and runs until SIGINT or SIGTERM.
  --port N                      port to listen on (default 4599; 0 picks a free one)
  --host HOST                   address to listen on (default 127.0.0.1)
  --fixture FILE                a JSON file of region, keys, accounts, channels and their policies
  --fault NAME                  turn on a planted bug from the fault catalogue (repeatable)
  --reading NAME=VALUE          take another allowed answer of an open fact (repeatable; see README "Readings")
  --error-encoding header|body|both   where error names go (default header: X-Amzn-Errortype)
  --accept-any-key              accept access keys the fixture does not know, as its default account
  --no-auth                     turn SigV4 authentication off (printed loudly at start-up)
  --quota-tps N                 more than N requests a second get 429 ThrottlingException with Retry-After
  --data-dir DIR                journal accepted events (fsynced before the 200) and reload them on start
  --log json|text               one line per request on stdout
  --scripted                    client-checking mode: POST /_emulator/scenario, GET /_emulator/requests
  --max-stored-events N         ingested events kept for GET /_emulator/events (default 10000;
                                env PAE_EMULATOR_MAX_STORED_EVENTS); the oldest are evicted first
  --max-stored-bytes N          the same bound in bytes (default 16777216, 16 MiB;
                                env PAE_EMULATOR_MAX_STORED_BYTES)
  --help                        this text
Every flag can also be set as PAE_EMULATOR_<FLAG> (e.g. PAE_EMULATOR_PORT=0, PAE_EMULATOR_NO_AUTH=1,
PAE_EMULATOR_FAULT=A,B); flags on the command line win.
`;

const DEFAULT_PORT = 4599;
const MAX_PORT = 65_535;
const MAX_TPS = 1_000_000;
const ENCODINGS: readonly ErrorEncoding[] = ["header", "body", "both"];
const LOG_FORMATS = ["json", "text"] as const;
type LogFormat = (typeof LOG_FORMATS)[number];

const OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  fixture: { type: "string" },
  fault: { type: "string", multiple: true },
  reading: { type: "string", multiple: true },
  "error-encoding": { type: "string" },
  "accept-any-key": { type: "boolean" },
  "no-auth": { type: "boolean" },
  "quota-tps": { type: "string" },
  "data-dir": { type: "string" },
  log: { type: "string" },
  scripted: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export interface EmulatorCommandOptions {
  help: boolean;
  host: string;
  port: number;
  fixturePath?: string;
  faults: string[];
  readings: ReadingChoice;
  errorEncoding: ErrorEncoding;
  limits: Partial<EmulatorLimits>;
  auth: EmulatorAuth;
  acceptAnyKey: boolean;
  quotaTps?: number;
  dataDir?: string;
  log?: LogFormat;
  scripted: boolean;
}

const TRUE = /^(1|true|yes|on)$/i;
const FALSE = /^(0|false|no|off|)$/i;

/** `PAE_EMULATOR_<FLAG>` settings as command-line arguments, placed before the real ones so that those win. */
export function argsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const args: string[] = [];
  for (const [name, option] of Object.entries(OPTIONS)) {
    if (name === "help") continue;
    const variable = `PAE_EMULATOR_${name.toUpperCase().replaceAll("-", "_")}`;
    const value = env[variable];
    if (value === undefined) continue;
    if (option.type === "boolean") {
      if (!TRUE.test(value) && !FALSE.test(value)) throw new CliError(`${variable} takes 1 or 0, got "${value}"`);
      if (TRUE.test(value)) args.push(`--${name}`);
    } else {
      const values = "multiple" in option ? value.split(",").filter(Boolean) : [value];
      for (const each of values) args.push(`--${name}`, each);
    }
  }
  return args;
}

function oneOf<T extends string>(flag: string, allowed: readonly T[], value: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new CliError(`--${flag} takes ${allowed.join(", ")}, got "${value}"`);
  return found;
}

/** The command line of `emulator` (after the environment's settings); any mistake is a one-line CliError. */
export function parseEmulatorArgs(argv: string[], env: NodeJS.ProcessEnv = {}): EmulatorCommandOptions {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse([...argsFromEnv(env), ...argv]).values;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message.split("\n")[0] ?? "bad flags");
  }
  const quota = values["quota-tps"];
  return {
    help: values.help ?? false,
    host: values.host ?? "127.0.0.1",
    port: values.port === undefined ? DEFAULT_PORT : parseNumber("port", values.port, 0, MAX_PORT),
    ...(values.fixture === undefined ? {} : { fixturePath: values.fixture }),
    faults: values.fault ?? [],
    errorEncoding: oneOf("error-encoding", ENCODINGS, values["error-encoding"] ?? "header"),
    auth: values["no-auth"] ? "off" : "sigv4",
    acceptAnyKey: values["accept-any-key"] ?? false,
    ...(quota === undefined ? {} : { quotaTps: parseNumber("quota-tps", quota, 1, MAX_TPS) }),
    ...(values["data-dir"] === undefined ? {} : { dataDir: values["data-dir"] }),
    ...(values.log === undefined ? {} : { log: oneOf("log", LOG_FORMATS, values.log) }),
    scripted: values.scripted ?? false,
    limits: emulatorStoreLimits(values, env),
    readings: parseReadingFlags(values.reading ?? []),
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: { ...OPTIONS, ...STORE_LIMIT_OPTIONS },
  });
}

/** Resolves on the first SIGINT or SIGTERM. */
export function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

const PROCESS_IO: CommandIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

async function serve(
  options: EmulatorCommandOptions,
  io: CommandIo,
  untilStopped: () => Promise<void>,
): Promise<number> {
  const fixture: EmulatorFixture | undefined =
    options.fixturePath === undefined ? undefined : await loadEmulatorFixture(options.fixturePath);
  const { log } = options;
  const start = options.scripted ? startScriptedEmulator : startEmulator;
  const emulator = await start({
    host: options.host,
    port: options.port,
    faults: options.faults,
    readings: options.readings,
    errorEncoding: options.errorEncoding,
    limits: options.limits,
    auth: options.auth,
    acceptAnyKey: options.acceptAnyKey,
    ...(options.quotaTps === undefined ? {} : { quotaTps: options.quotaTps }),
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(fixture === undefined ? {} : { fixture }),
    ...(log === undefined
      ? {}
      : {
          requestLog: (line) =>
            io.stdout.write(
              log === "json"
                ? `${JSON.stringify(line)}\n`
                : `${line.time} ${line.method} ${line.path} ${line.status}${line.error ? ` ${line.error}` : ""} ${line.durationMs}ms\n`,
            ),
        }),
    log: (message, error) => io.stderr.write(`${message}: ${error instanceof Error ? error.stack : String(error)}\n`),
  });
  io.stdout.write(describeEmulator(emulator));
  if (options.auth === "off")
    io.stderr.write("WARNING: authentication is off (--no-auth); any request is accepted unsigned.\n");
  if (options.dataDir !== undefined)
    io.stdout.write(`Journal: ${options.dataDir} (${emulator.storedEvents().total} events reloaded)\n`);
  await untilStopped();
  await emulator.close();
  io.stdout.write("emulator stopped\n");
  return EXIT.ok;
}

/** `pae-conformance emulator`: serves until stopped; a bad flag, fixture, fault or port is one line and exit 2. */
export async function emulatorCommand(
  argv: string[],
  io: CommandIo = PROCESS_IO,
  untilStopped: () => Promise<void> = untilSignal,
): Promise<number> {
  try {
    const options = parseEmulatorArgs(argv, io.env);
    if (options.help) {
      io.stdout.write(EMULATOR_USAGE);
      return EXIT.ok;
    }
    return await serve(options, io, untilStopped);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`pae-conformance emulator: ${message.split("\n")[0]}\n`);
    return EXIT.usage;
  }
}
