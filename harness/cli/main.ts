import { toolVersion } from "../runner/toolVersion.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { COMMANDS } from "./commands.ts";
import { MAIN_USAGE } from "./usage.ts";
import { isUserError } from "./userErrors.ts";

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

/** One line for a user's mistake (exit 2, or a CliError's code); a bug says so and exits 3. */
function exitOnError(error: unknown, io: CommandIo): number {
  const debugStack = () => {
    if (io.env.PAE_DEBUG && !(error instanceof CliError))
      io.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  };
  if (isUserError(error)) {
    io.stderr.write(`pae-conformance: ${firstLine(error)}\n`);
    debugStack();
    return error instanceof CliError ? error.exitCode : EXIT.usage;
  }
  io.stderr.write(
    `pae-conformance: internal error: ${firstLine(error)} (a bug in pae-conformance; run with PAE_DEBUG=1 for the stack)\n`,
  );
  debugStack();
  return EXIT.internal;
}

/** Dispatches a command line: a user mistake is one line on stderr and exit 2, an internal error exit 3. */
export async function main(argv: string[], io: CommandIo, commands: typeof COMMANDS = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout.write(MAIN_USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${toolVersion()}\n`);
    return EXIT.ok;
  }
  const load = commands[name];
  try {
    if (!load) throw new CliError(`unknown command "${name}" (commands: ${Object.keys(commands).join(", ")})`);
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    return exitOnError(error, io);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
