import { readRunDocument } from "../../reports/io/readRunDocument.ts";
import { buildMatrix } from "../../reports/matrix/buildMatrix.ts";
import { type MatrixFormat, renderMatrix } from "../../reports/matrix/renderMatrix.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { parseCommandArgs } from "./parseCommandArgs.ts";

const USAGE = `Usage: pae-conformance matrix [NAME=]REPORT.json ... [--format text|markdown|html]
The compatibility matrix: catalogue cases by targets, with the answer each target gave and whether it was acceptable.
`;
const FORMATS: readonly MatrixFormat[] = ["text", "markdown", "html"];

/** `pae-conformance matrix`: cases by targets, printed as text, Markdown or HTML. */
export async function matrixCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("matrix", argv, {
    format: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const format = (values.format ?? "text") as MatrixFormat;
  if (!FORMATS.includes(format)) throw new CliError(`--format takes ${FORMATS.join(", ")}, got "${values.format}"`);
  if (positionals.length === 0) throw new CliError("matrix takes one or more report.json files");
  const runs = positionals.map((argument) => {
    const split = argument.indexOf("=");
    const [name, path] = split > 0 ? [argument.slice(0, split), argument.slice(split + 1)] : [undefined, argument];
    return { ...(name ? { name } : {}), run: readRunDocument(path) };
  });
  io.stdout.write(renderMatrix(buildMatrix(runs), format));
  return EXIT.ok;
}
