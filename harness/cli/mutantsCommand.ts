import { parseArgs } from "node:util";
import { writeFileAtomic } from "../../reports/io/writeFileAtomic.ts";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { FAULTS } from "../emulator/faults/faults.ts";
import { UnknownFaultError } from "../emulator/faults/unknownFaultError.ts";
import { parallelMutationScore } from "../mutants/parallelMutationScore.ts";
import { renderScoreTable } from "../mutants/renderScoreTable.ts";
import { scoreLine } from "../mutants/scoreLine.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { parseNumber } from "./parseNumber.ts";
import { RUN_DEFAULTS } from "./runOptions.ts";

const USAGE = `Usage: pae-conformance mutants [--seed N] [--runs N] [--fault NAME ...] [--out DIR]
Runs the whole suite against the faithful emulator under each reading of the reference's open facts alone,
all strictest together and all most lenient together (it must pass: a failure is a false alarm), then
against each single-fault emulator (each must fail at least one case). Prints the score table, writes
mutants.json and mutants.md, and ends with: score: K/N faults killed, F false alarms over R readings.
`;

/** `pae-conformance mutants`: the mutation score; exit 0 only when every fault is killed and nothing false alarms. */
export async function mutantsCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = (() => {
    try {
      return parseArgs({
        args: argv,
        options: {
          seed: { type: "string" },
          runs: { type: "string" },
          fault: { type: "string", multiple: true },
          out: { type: "string" },
          help: { type: "boolean", short: "h" },
        },
        strict: true,
      });
    } catch (error) {
      throw new CliError(`${(error as Error).message.split("\n")[0]} (see pae-conformance mutants --help)`);
    }
  })();
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const wanted = values.fault ?? [];
  const unknown = wanted.filter((id) => !FAULTS.some((fault) => fault.id === id));
  if (unknown.length > 0)
    throw new CliError(
      new UnknownFaultError(
        unknown[0] ?? "",
        FAULTS.map((f) => f.id),
      ).message,
    );
  const score = await parallelMutationScore({
    faults: wanted.length > 0 ? FAULTS.filter((fault) => wanted.includes(fault.id)) : FAULTS,
    catalogue: CATALOGUE,
    seed: parseNumber("seed", values.seed ?? RUN_DEFAULTS.seed, -(2 ** 31), 2 ** 31 - 1),
    runs: parseNumber("runs", values.runs ?? RUN_DEFAULTS.runs, 1, 10_000),
    onReading: (r) =>
      io.stderr.write(
        `reading  ${r.label}: ${r.falseAlarms.length === 0 ? "no false alarm" : `FALSE ALARMS ${r.falseAlarms.map((f) => f.caseId).join(", ")}`} (${(r.durationMs / 1000).toFixed(1)} s)\n`,
      ),
    onMutant: (m) =>
      io.stderr.write(
        `${m.killed ? "killed  " : "SURVIVED"} ${m.fault}${m.killedBy ? ` by ${m.killedBy.caseId}` : ""}\n`,
      ),
  });
  const table = renderScoreTable(score);
  const out = values.out ?? RUN_DEFAULTS.out;
  writeFileAtomic(`${out}/mutants.json`, `${JSON.stringify(score, null, 2)}\n`);
  writeFileAtomic(`${out}/mutants.md`, table);
  io.stdout.write(`${table}\nwrote ${out}/mutants.json and ${out}/mutants.md\n${scoreLine(score)}\n`);
  return score.killed === score.total && score.falseAlarms === 0 ? EXIT.ok : EXIT.failed;
}
