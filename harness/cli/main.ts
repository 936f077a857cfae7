import { toolVersion } from "../runner/toolVersion.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { COMMANDS } from "./commands.ts";
import { MAIN_USAGE } from "./usage.ts";

/** Dispatches a command line; every user mistake becomes one line on stderr and exit code 2. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout.write(MAIN_USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${toolVersion()}\n`);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  try {
    if (!load) throw new CliError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")})`);
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    const exitCode = error instanceof CliError ? error.exitCode : EXIT.usage;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`pae-conformance: ${message.split("\n")[0]}\n`);
    if (!(error instanceof CliError) && io.env.PAE_DEBUG) io.stderr.write(`${(error as Error).stack}\n`);
    return exitCode;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
