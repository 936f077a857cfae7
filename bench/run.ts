import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "../reports/io/writeFileAtomic.ts";
import type { BenchFigure } from "./benchFigure.ts";
import { measureEmulatorPeakRss } from "./measureEmulatorPeakRss.ts";
import { measureEmulatorRate } from "./measureEmulatorRate.ts";
import { measureFullRun } from "./measureFullRun.ts";
import { measureGeneration } from "./measureGeneration.ts";
import { measureSenderRate } from "./measureSenderRate.ts";
import { renderBenchTable } from "./renderBenchTable.ts";
import { startBenchServers } from "./startBenchServers.ts";

/**
 * `npm run bench`: every figure measured in this one run, rates as ratios against a baseline measured alongside,
 * so a slow or busy machine moves both. Goals are reported, never enforced: nothing here fails a build.
 */
const OUT = fileURLToPath(new URL("../reports/bench.json", import.meta.url));

const figures: BenchFigure[] = [];
figures.push(...(await measureFullRun()));
figures.push(await measureEmulatorPeakRss());
const servers = await startBenchServers();
try {
  figures.push(await measureSenderRate(servers.emulatorUrl));
  figures.push(await measureEmulatorRate(servers.emulatorUrl, servers.bareUrl));
} finally {
  await servers.close();
}
figures.push(...measureGeneration());

const document = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpus: (await import("node:os")).availableParallelism(),
  figures,
};
writeFileAtomic(OUT, `${JSON.stringify(document, null, 2)}\n`);
process.stdout.write(`${renderBenchTable(figures)}\n\nwritten: ${OUT}\n`);
