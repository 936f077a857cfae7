import { readRunDocument } from "../../reports/io/readRunDocument.ts";
import { writeReports } from "../../reports/io/writeReports.ts";
import { mergeRuns } from "../../reports/merge/mergeRuns.ts";
import { renderConsoleSummary } from "../../reports/writers/consoleSummary.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { parseCommandArgs } from "./parseCommandArgs.ts";

const USAGE = `Usage: pae-conformance merge PART.json ... [--out DIR]
Merges the report.json files of a run split with --shard i/n into one report (default DIR: reports/merged).
Exit 0 when the merged run passes, 1 when a case failed, 2 when it is incomplete (a shard missing or cut short).
`;

/** `pae-conformance merge`: one report from the parts of a sharded run. */
export async function mergeCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("merge", argv, {
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError("merge takes the report.json files of the shards");
  const run = mergeRuns(positionals.map((path) => readRunDocument(path)));
  const written = writeReports(run, values.out ?? "reports/merged");
  io.stdout.write(`${renderConsoleSummary(run)}\nreports: ${written.join(", ")}\n`);
  // Nothing was interrupted here: a merged run with a hole is a setup problem (a shard to rerun or to add).
  if (!run.run.complete) throw new CliError(`the merged run is incomplete: ${run.run.incompleteReason ?? "no reason"}`);
  return run.summary.fail > 0 ? EXIT.failed : EXIT.ok;
}
