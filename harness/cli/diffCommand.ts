import { diffRuns } from "../../reports/diff/diffRuns.ts";
import { renderDiff } from "../../reports/diff/renderDiff.ts";
import { readRunDocument } from "../../reports/io/readRunDocument.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { parseCommandArgs } from "./parseCommandArgs.ts";

const USAGE = `Usage: pae-conformance diff BASE.json NEW.json [--json]
What changed between two runs: verdicts, which answers came back, new and vanished cases.
Exit 1 when something regressed (a case went from pass or observed to fail, or a passing case vanished).
`;

/** `pae-conformance diff`: a readable table (or JSON) of what changed; exit 1 on a regression. */
export async function diffCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("diff", argv, {
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const [basePath, nextPath, ...extra] = positionals;
  if (!basePath || !nextPath || extra.length > 0)
    throw new CliError("diff takes exactly two report.json files: BASE NEW");
  const diff = diffRuns(readRunDocument(basePath), readRunDocument(nextPath));
  io.stdout.write(values.json ? `${JSON.stringify(diff, null, 2)}\n` : renderDiff(diff));
  return diff.regressed ? EXIT.failed : EXIT.ok;
}
