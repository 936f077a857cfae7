import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describeFsError } from "../../reports/io/describeFsError.ts";
import { writeFileAtomic } from "../../reports/io/writeFileAtomic.ts";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import exportSchema from "../export/export.schema.json" with { type: "json" };
import { exportCatalogue } from "../export/exportCatalogue.ts";
import { selectCases } from "../runner/selectCases.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { parseCommandArgs } from "./parseCommandArgs.ts";
import { parseNumber } from "./parseNumber.ts";
import { RUN_DEFAULTS } from "./runOptions.ts";

/** A few instances per case keep the file readable; `--runs` asks for more. */
const DEFAULT_EXPORT_RUNS = 5;
const MAX_RUNS = 10_000;

export const EXPORT_FILES = { document: "catalogue.json", schema: "catalogue.schema.json" } as const;

export const EXPORT_USAGE = `Usage: pae-conformance export --out DIR [--seed S] [--runs N] [--only X] [--skip X]

Writes the catalogue as language-neutral data, for test runners in any language:
DIR/${EXPORT_FILES.document} (each case's id, documentation, spec reference, acceptable answers and N
generated requests: method, path, query, headers without credentials, body as text or base64) and
DIR/${EXPORT_FILES.schema} (its JSON Schema). Requests address the embedded emulator's channels (listed
under "fixtures"). The same seed gives the same file, and the same requests as \`run --seed S\`.
  --out DIR      where to write (created if needed)
  --seed S       fast-check seed (default ${RUN_DEFAULTS.seed}, as run)
  --runs N       instances per case (default ${DEFAULT_EXPORT_RUNS}; heavy cases keep their cap, as in run)
  --only X       categories or case ids to export (repeatable)
  --skip X       categories or case ids to leave out (repeatable)
`;

/** \`pae-conformance export\`: writes the vectors and their schema; exit 0, or 2 on a usage or write problem. */
export async function exportCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("export", argv, {
    out: { type: "string" },
    seed: { type: "string" },
    runs: { type: "string" },
    only: { type: "string", multiple: true },
    skip: { type: "string", multiple: true },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout.write(EXPORT_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new CliError(`export takes no arguments, got "${positionals[0]}"`);
  if (values.out === undefined) throw new CliError("export needs --out DIR (see pae-conformance export --help)");
  const seed =
    values.seed === undefined ? RUN_DEFAULTS.seed : parseNumber("seed", values.seed, -(2 ** 31), 2 ** 31 - 1);
  const runs = values.runs === undefined ? DEFAULT_EXPORT_RUNS : parseNumber("runs", values.runs, 1, MAX_RUNS);
  const catalogue = selectCases(CATALOGUE, { only: values.only ?? [], skip: values.skip ?? [] });
  const document = await exportCatalogue({ catalogue, seed, runs });
  const files = {
    [EXPORT_FILES.document]: `${JSON.stringify(document, null, 2)}\n`,
    [EXPORT_FILES.schema]: `${JSON.stringify(exportSchema, null, 2)}\n`,
  };
  try {
    mkdirSync(values.out, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileAtomic(join(values.out, file), text);
  } catch (error) {
    throw new CliError(`cannot write the export to ${values.out}: ${describeFsError(error)}`);
  }
  const instances = document.cases.reduce((total, entry) => total + entry.instances.length, 0);
  io.stdout.write(
    `exported ${document.cases.length} cases, ${instances} requests (seed ${seed}) to ${join(values.out, EXPORT_FILES.document)}\n`,
  );
  return EXIT.ok;
}
