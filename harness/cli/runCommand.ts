import { mkdirSync } from "node:fs";
import { writeReports } from "../../reports/io/writeReports.ts";
import { renderConsoleSummary } from "../../reports/writers/consoleSummary.ts";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { runSuite } from "../runner/runSuite.ts";
import { selectCases } from "../runner/selectCases.ts";
import { checkReachable } from "./checkReachable.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { ingestGuard } from "./ingestGuard.ts";
import { progressReporter } from "./progressReporter.ts";
import { replayCommand } from "./replayCommand.ts";
import { resolveTarget } from "./resolveTarget.ts";
import { parseRunOptions } from "./runOptions.ts";
import { RUN_USAGE } from "./usage.ts";

function ensureWritable(out: string): void {
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot write reports to ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** `pae-conformance run`: runs the catalogue against a target, writes the reports, exits 0, 1, 2 or 130. */
export async function runCommand(argv: string[], io: CommandIo): Promise<number> {
  const options = parseRunOptions(argv);
  if (options === "help") {
    io.stdout.write(RUN_USAGE);
    return EXIT.ok;
  }
  selectCases(CATALOGUE, options);
  ensureWritable(options.out);
  const resolved = await resolveTarget(options, io.env);
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  try {
    if (!resolved.embedded) await checkReachable(resolved.target.endpoint, options.timeoutMs);
    const where = resolved.embedded
      ? `the embedded reference emulator (${resolved.target.endpoint})`
      : resolved.target.endpoint;
    io.stderr.write(
      `pae-conformance: ${where}${resolved.fault ? ` with fault ${resolved.fault}` : ""}${resolved.readings ? ` under ${resolved.readings}` : ""}, seed ${options.seed}, ${options.runs} runs\n`,
    );
    const run = await runSuite({
      ...options,
      target: resolved.target,
      catalogue: CATALOGUE,
      embedded: resolved.embedded,
      fault: resolved.fault,
      replayCommand: replayCommand(options),
      signal: controller.signal,
      skipReason: ingestGuard(CATALOGUE, options, resolved.isRealAws, io.stderr),
      onProgress: options.quiet ? undefined : progressReporter(io.stderr, io.stderr.isTTY === true && !io.env.CI),
    });
    const written = writeReports(run, options.out);
    io.stdout.write(renderConsoleSummary(run));
    io.stdout.write(`\nreports: ${written.join(", ")}\n`);
    if (!run.run.complete) return EXIT.interrupted;
    return run.summary.fail > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    process.off("SIGINT", interrupt);
    process.off("SIGTERM", interrupt);
    await resolved.close();
  }
}
