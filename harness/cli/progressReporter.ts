import type { ProgressEvent } from "../runner/runSuite.ts";
import type { OutputStream } from "./commandIo.ts";

const MARK = { pass: "PASS", fail: "FAIL", observed: "OBSERVED", skipped: "SKIP", "not-applicable": "N/A" } as const;

/** Progress while a run goes: a live count per category on a terminal, one plain line per case elsewhere. */
export function progressReporter(stream: OutputStream, live: boolean): (event: ProgressEvent) => void {
  const counts = new Map<string, { done: number; failed: number }>();
  return (event) => {
    if (event.type === "start") {
      stream.write(`running ${event.cases} cases\n`);
      return;
    }
    const { result, done, cases } = event;
    if (!live) {
      stream.write(
        `${MARK[result.outcome].padEnd(8)} ${result.category}/${result.id} (${result.runs} runs, ${result.durationMs} ms)\n`,
      );
      return;
    }
    const count = counts.get(result.category) ?? { done: 0, failed: 0 };
    count.done += 1;
    if (result.outcome === "fail") count.failed += 1;
    counts.set(result.category, count);
    const line = [...counts]
      .map(([category, c]) => `${category} ${c.done}${c.failed ? ` (${c.failed} failed)` : ""}`)
      .join("  ");
    stream.write(`\r\x1b[2K[${done}/${cases}] ${line}`);
    if (done === cases) stream.write("\n");
  };
}
