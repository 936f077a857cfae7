import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { freshBundle } from "../bin/freshBundle.js";
import { writeFileAtomic } from "../reports/io/writeFileAtomic.ts";
import type { BenchDocument } from "./benchDocument.ts";
import type { BenchFigure } from "./benchFigure.ts";
import { measureEmulatorPeakRss } from "./measureEmulatorPeakRss.ts";
import { measureEmulatorRate } from "./measureEmulatorRate.ts";
import { measureGeneration } from "./measureGeneration.ts";
import { measureSenderRate } from "./measureSenderRate.ts";
import { measureSigV4Floor } from "./measureSigV4Floor.ts";
import { measureWholeProcesses } from "./measureWholeProcesses.ts";
import { renderBenchTable } from "./renderBenchTable.ts";
import { startBenchServers } from "./startBenchServers.ts";
import { WHOLE_PROCESS_COMMANDS } from "./wholeProcessCommands.ts";

/**
 * `npm run bench [ID ...]`: every figure measured in this one run; whole processes beside a CPU yardstick timed
 * right before them, rates as ratios against a baseline measured alongside, so a slow or busy machine moves both.
 * IDs limit the whole-process commands (npm-start, mutants, client-exec-aws-cli, npm-test). Goals are reported, never
 * enforced: nothing here fails a build. `npm run bench:readme` then renders the README's table from the output.
 */
const OUT = fileURLToPath(new URL("../reports/bench.json", import.meta.url));
const only = process.argv.slice(2);
const unknown = only.filter((id) => !WHOLE_PROCESS_COMMANDS.some((command) => command.id === id));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown command id ${unknown.join(", ")}; known: ${WHOLE_PROCESS_COMMANDS.map((c) => c.id).join(", ")}\n`,
  );
  process.exit(2);
}

// The commands run the clone's bundle: built here first, so that a rebuild after a change is not timed as a start.
await freshBundle();
const loadAverage = loadavg();
const figures: BenchFigure[] = [];
figures.push(
  ...(await measureWholeProcesses(
    WHOLE_PROCESS_COMMANDS.filter((command) => only.length === 0 || only.includes(command.id)),
  )),
);
// The rates first, while this process's heap holds nothing but them: the peak-RSS load sends a thousand 1 MB
// requests from this process.
const servers = await startBenchServers();
try {
  figures.push(await measureSenderRate(servers.emulatorUrl));
  figures.push(...(await measureEmulatorRate(servers.emulatorUrl, servers.bareUrl, servers.cpuSeconds)));
  figures.push(...(await measureSigV4Floor(servers, servers.cpuSeconds)));
} finally {
  await servers.close();
}
figures.push(await measureEmulatorPeakRss());
figures.push(...measureGeneration());

const document: BenchDocument = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpus: availableParallelism(),
  loadAverage,
  figures,
};
writeFileAtomic(OUT, `${JSON.stringify(document, null, 2)}\n`);
process.stdout.write(`${renderBenchTable(figures)}\n\nwritten: ${OUT}\n`);
