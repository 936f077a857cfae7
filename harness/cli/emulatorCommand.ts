import { parseArgs } from "node:util";
import { describeEmulator } from "../emulator/describeEmulator.ts";
import type { EmulatorFixture } from "../emulator/emulatorFixture.ts";
import { loadEmulatorFixture } from "../emulator/loadEmulatorFixture.ts";
import { parseReadingFlags, type ReadingChoice } from "../emulator/readings/applyReadings.ts";
import type { ErrorEncoding } from "../emulator/stages.ts";
import { startEmulator } from "../emulator/startEmulator.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { parseNumber } from "./parseNumber.ts";

export const EMULATOR_USAGE = `Usage: pae-conformance emulator [flags]

Starts the reference emulator of PutAuditEvents and runs until SIGINT or SIGTERM.
  --port N                      port to listen on (default 4599; 0 picks a free one)
  --host HOST                   address to listen on (default 127.0.0.1)
  --fixture FILE                a JSON file of region, keys, defaultAccountId and channels
  --fault NAME                  turn on a planted bug from the fault catalogue (repeatable)
  --reading NAME=VALUE          take another allowed answer of an open fact (repeatable; see README "Readings")
  --verify-signatures           check SigV4 signatures with the fixture's secret keys
  --error-encoding header|body|both   where error names go (default header: X-Amzn-Errortype)
  --help                        this text
`;

const DEFAULT_PORT = 4599;
const MAX_PORT = 65_535;
const ENCODINGS: readonly ErrorEncoding[] = ["header", "body", "both"];

export interface EmulatorCommandOptions {
  help: boolean;
  host: string;
  port: number;
  fixturePath?: string;
  faults: string[];
  readings: ReadingChoice;
  verifySignatures: boolean;
  errorEncoding: ErrorEncoding;
}

/** The command line of `emulator`; any mistake is a one-line CliError. */
export function parseEmulatorArgs(argv: string[]): EmulatorCommandOptions {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new CliError((error as Error).message.split("\n")[0] ?? "bad flags");
  }
  const encoding = values["error-encoding"] ?? "header";
  const errorEncoding = ENCODINGS.find((candidate) => candidate === encoding);
  if (errorEncoding === undefined)
    throw new CliError(`--error-encoding takes ${ENCODINGS.join(", ")}, got "${encoding}"`);
  return {
    help: values.help ?? false,
    host: values.host ?? "127.0.0.1",
    port: values.port === undefined ? DEFAULT_PORT : parseNumber("port", values.port, 0, MAX_PORT),
    ...(values.fixture === undefined ? {} : { fixturePath: values.fixture }),
    faults: values.fault ?? [],
    readings: parseReadingFlags(values.reading ?? []),
    verifySignatures: values["verify-signatures"] ?? false,
    errorEncoding,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      fixture: { type: "string" },
      fault: { type: "string", multiple: true },
      reading: { type: "string", multiple: true },
      "verify-signatures": { type: "boolean" },
      "error-encoding": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
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
  const emulator = await startEmulator({
    host: options.host,
    port: options.port,
    faults: options.faults,
    readings: options.readings,
    verifySignatures: options.verifySignatures,
    errorEncoding: options.errorEncoding,
    ...(fixture === undefined ? {} : { fixture }),
    log: (message, error) => io.stderr.write(`${message}: ${error instanceof Error ? error.stack : String(error)}\n`),
  });
  io.stdout.write(describeEmulator(emulator));
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
    const options = parseEmulatorArgs(argv);
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
