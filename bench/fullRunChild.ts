import { CATALOGUE } from "../harness/catalogue/catalogue.ts";
import { resolveTarget } from "../harness/cli/resolveTarget.ts";
import { parseRunOptions } from "../harness/cli/runOptions.ts";
import { runSuite } from "../harness/runner/runSuite.ts";

/**
 * The default conformance run (the CLI's defaults, embedded emulator), alone in its process so its peak
 * memory is its own; prints one JSON line: wall time, max RSS, and what the run found.
 */
const options = parseRunOptions([]);
if (options === "help") throw new Error("unreachable: no flags given");
const started = performance.now();
const resolved = await resolveTarget(options, process.env);
try {
  const run = await runSuite({ ...options, target: resolved.target, catalogue: CATALOGUE, embedded: true });
  const wallMs = performance.now() - started;
  const { total, pass, observed, fail } = run.summary;
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify({ wallMs, maxRssBytes, total, pass, observed, fail })}\n`);
} finally {
  await resolved.close();
}
