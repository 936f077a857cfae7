import type { CommandIo } from "./commandIo.ts";

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/**
 * Every subcommand, by name, loaded when it runs: `run` need not load what `client` and `mutants` use (the AWS
 * SDK, nock, XML parsers), which doubles the modules a start reads.
 */
export const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import("./runCommand.ts")).runCommand,
  emulator: async () => {
    const { emulatorCommand } = await import("./emulatorCommand.ts");
    return (argv) => emulatorCommand(argv);
  },
  mutants: async () => (await import("./mutantsCommand.ts")).mutantsCommand,
  client: async () => (await import("./clientCommand.ts")).clientCommand,
  diff: async () => (await import("./diffCommand.ts")).diffCommand,
  matrix: async () => (await import("./matrixCommand.ts")).matrixCommand,
  merge: async () => (await import("./mergeCommand.ts")).mergeCommand,
  export: async () => (await import("./exportCommand.ts")).exportCommand,
};
