import type { CommandIo } from "./commandIo.ts";
import { emulatorCommand } from "./emulatorCommand.ts";
import { runCommand } from "./runCommand.ts";

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/** Every subcommand, by name. */
export const COMMANDS: Record<string, Command> = {
  run: runCommand,
  emulator: (argv) => emulatorCommand(argv),
};
