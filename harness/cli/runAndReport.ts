import { writeReports } from "../../reports/io/writeReports.ts";
import { renderConsoleSummary } from "../../reports/writers/consoleSummary.ts";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { RunDocument } from "../model/runDocument.ts";
import { nothingApplies } from "../runner/nothingApplies.ts";
import { runSuite } from "../runner/runSuite.ts";
import { selectCases } from "../runner/selectCases.ts";
import type { CaseThread } from "./caseThreads.ts";
import { CliError, EXIT } from "./cliError.ts";
import type { CommandIo } from "./commandIo.ts";
import { useCaseThreads } from "./embeddedCaseThreads.ts";
import { ingestGuard } from "./ingestGuard.ts";
import { ensureOutputFolder } from "./outputFolder.ts";
import { plural } from "./plural.ts";
import { probeTarget } from "./probeTarget.ts";
import { progressReporter } from "./progressReporter.ts";
import { replayCommand } from "./replayCommand.ts";
import { type ResolvedTarget, resolveTarget } from "./resolveTarget.ts";
import type { RunOptions } from "./runOptions.ts";

/** The exit code of a finished run, with the one line that explains a setup problem. */
function exitOf(run: RunDocument, options: RunOptions, interrupted: boolean): number {
  if (interrupted) return EXIT.interrupted;
  if (run.summary.unreachable > 0) throw new CliError(run.run.incompleteReason ?? "the target could not be reached");
  if (options.path !== undefined && run.summary.exchanges === 0)
    throw new CliError(
      `the replay sent no request: --path ${options.path} leads to no counterexample of ${options.only.join(", ")} with --seed ${options.seed} (copy both from the failing run's report)`,
    );
  return run.summary.fail > 0 ? EXIT.failed : EXIT.ok;
}

/**
 * Ctrl-C once aborts the requests in flight and ends the run with its reports; twice writes the report as it
 * stands, synchronously, and exits at once (for a target or a disk that still hangs).
 */
function onInterrupt(io: CommandIo, controller: AbortController, writeNow: () => void): () => void {
  let count = 0;
  return () => {
    count += 1;
    if (count === 1) {
      controller.abort();
      io.stderr.write("\npae-conformance: interrupted: stopping (Ctrl-C again to stop at once)\n");
      return;
    }
    writeNow();
    io.stderr.write("pae-conformance: interrupted twice: wrote the incomplete report and stopped\n");
    process.exit(EXIT.interrupted);
  };
}

/**
 * The body of `pae-conformance run`, once its options are read: runs the selected cases against the target, on
 * this thread and on the case threads already started (closed here whatever happens), writes the reports and
 * returns the exit code (0, 1, 2 or 130).
 */
export async function runAndReport(
  options: RunOptions,
  io: CommandIo,
  started: readonly CaseThread[],
): Promise<number> {
  let resolved: ResolvedTarget | undefined;
  try {
    const cases = selectCases(CATALOGUE, options);
    ensureOutputFolder(options.out);
    resolved = await resolveTarget(options, io.env);
    return await runResolved(options, io, { cases, resolved, started });
  } finally {
    await Promise.all(started.map((thread) => thread.close()));
    await resolved?.close();
  }
}

async function runResolved(
  options: RunOptions,
  io: CommandIo,
  { cases, resolved, started }: { cases: CaseDefinition[]; resolved: ResolvedTarget; started: readonly CaseThread[] },
): Promise<number> {
  const controller = new AbortController();
  let snapshot: ((reason: string) => RunDocument) | undefined;
  let progress = { done: 0, total: cases.length };
  const interrupt = onInterrupt(io, controller, () => {
    if (snapshot === undefined) return;
    const reason = `interrupted (Ctrl-C twice) after ${progress.done} of ${progress.total} cases`;
    writeReports(snapshot(reason), options.out);
  });
  process.on("SIGINT", interrupt);
  process.on("SIGTERM", interrupt);
  try {
    const skipReason = ingestGuard(CATALOGUE, options, resolved.isRealAws, io.stderr);
    const idle = nothingApplies(cases, resolved.target.fixtures, skipReason);
    if (idle !== undefined) throw new CliError(idle);
    if (!resolved.embedded) await probeTarget(resolved.target);
    const where = resolved.embedded
      ? `the embedded reference emulator (${resolved.target.endpoint})`
      : resolved.target.endpoint;
    io.stderr.write(
      `pae-conformance: ${where}${resolved.fault ? ` with fault ${resolved.fault}` : ""}${resolved.readings ? ` under ${resolved.readings}` : ""}, seed ${options.seed}, ${plural(options.runs, "run")} per case\n`,
    );
    const report = options.quiet ? undefined : progressReporter(io.stderr, io.stderr.isTTY === true && !io.env.CI);
    const replay = replayCommand(options);
    const threads = await useCaseThreads(started, options, {
      cases: cases.length,
      settings: { target: resolved.target, seed: options.seed, runs: options.runs, replayCommand: replay },
      signal: controller.signal,
    });
    const run = await runSuite({
      ...options,
      target: resolved.target,
      catalogue: CATALOGUE,
      embedded: resolved.embedded,
      fault: resolved.fault,
      replayCommand: replay,
      signal: controller.signal,
      skipReason,
      elsewhere: threads.map((thread) => thread.run),
      onStart: (current) => {
        snapshot = current;
        // From now on the folder holds this run's report, marked incomplete: never a stale complete one.
        writeReports(
          current(`in progress since ${new Date().toISOString()} (or ended without its report)`),
          options.out,
        );
      },
      onProgress: (event) => {
        if (event.type === "case") progress = { done: event.done, total: event.cases };
        report?.(event);
      },
    });
    // The threads are done: they end (on their own cores) while this one writes the reports.
    const closing = Promise.all(threads.map((thread) => thread.close()));
    const written = writeReports(run, options.out);
    await closing;
    io.stdout.write(renderConsoleSummary(run));
    io.stdout.write(`\nreports: ${written.join(", ")}\n`);
    return exitOf(run, options, controller.signal.aborted);
  } finally {
    process.off("SIGINT", interrupt);
    process.off("SIGTERM", interrupt);
  }
}
