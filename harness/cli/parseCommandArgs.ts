import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliError } from "./cliError.ts";

/** node:util parseArgs, strict, with its error turned into one usage line naming the command. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(
  command: string,
  argv: string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split("\n")[0]} (see pae-conformance ${command} --help)`);
  }
}
