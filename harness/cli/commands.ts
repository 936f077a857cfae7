import { clientCommand } from "./clientCommand.ts";
import type { CommandIo } from "./commandIo.ts";
import { diffCommand } from "./diffCommand.ts";
import { emulatorCommand } from "./emulatorCommand.ts";
import { exportCommand } from "./exportCommand.ts";
import { matrixCommand } from "./matrixCommand.ts";
import { mergeCommand } from "./mergeCommand.ts";
import { mutantsCommand } from "./mutantsCommand.ts";
import { runCommand } from "./runCommand.ts";

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/** Every subcommand, by name. */
export const COMMANDS: Record<string, Command> = {
  run: runCommand,
  emulator: (argv) => emulatorCommand(argv),
  mutants: mutantsCommand,
  client: clientCommand,
  diff: diffCommand,
  matrix: matrixCommand,
  merge: mergeCommand,
  export: exportCommand,
};
