import type { CaseThread } from "./caseThreads.ts";
import { EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { startEmbeddedCaseThreads } from "./embeddedCaseThreads.ts";
import { parseRunOptions } from "./runOptions.ts";
import { RUN_USAGE } from "./usage.ts";

/** The rest of the command, a chunk of its own in the bundle: the catalogue, the engine, the report writers. */
async function loadRunAndReport(threads: readonly CaseThread[]) {
  try {
    return (await import("./runAndReport.ts")).runAndReport;
  } catch (error) {
    await Promise.all(threads.map((thread) => thread.close()));
    throw error;
  }
}

/**
 * `pae-conformance run`: runs the catalogue against a target, writes the reports, exits 0, 1, 2 or 130. The case
 * threads start first, from the options alone, so that they load while this thread loads the rest of the command.
 */
export async function runCommand(argv: string[], io: CommandIo): Promise<number> {
  const options = parseRunOptions(argv);
  if (options === "help") {
    io.stdout.write(RUN_USAGE);
    return EXIT.ok;
  }
  const threads = await startEmbeddedCaseThreads(options);
  const runAndReport = await loadRunAndReport(threads);
  return await runAndReport(options, io, threads);
}
