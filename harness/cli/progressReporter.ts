import type { ProgressEvent } from "../runner/runSuite.ts";
import type { OutputStream } from "./commandIo.ts";
import { plural } from "./plural.ts";

const MARK = {
  pass: "PASS",
  fail: "FAIL",
  observed: "OBSERVED",
  skipped: "SKIP",
  "not-applicable": "N/A",
  unreachable: "LOST",
} as const;

/**
 * Progress while a run goes: on a terminal one live line, `[12/47] running DuplicateIdsAreRejected (2 failed)`;
 * elsewhere one plain line per finished case, so a CI log shows where a run stopped.
 */
export function progressReporter(stream: OutputStream, live: boolean): (event: ProgressEvent) => void {
  const running = new Set<string>();
  let failed = 0;
  let done = 0;
  let total = 0;
  const redraw = () => {
    const now = [...running].join(", ");
    const failing = failed === 0 ? "" : ` (${failed} failed)`;
    stream.write(`\r\x1b[2K[${done}/${total}]${now === "" ? "" : ` running ${now}`}${failing}`);
  };
  return (event) => {
    if (event.type === "start") {
      total = event.cases;
      stream.write(`running ${plural(event.cases, "case")}\n`);
      return;
    }
    if (event.type === "case-start") {
      running.add(event.caseId);
      if (live) redraw();
      return;
    }
    const { result } = event;
    running.delete(result.id);
    done = event.done;
    if (result.outcome === "fail") failed += 1;
    if (!live) {
      stream.write(
        `${MARK[result.outcome].padEnd(8)} ${result.category}/${result.id} (${plural(result.runs, "run")}, ${result.durationMs} ms) [${event.done}/${event.cases}]\n`,
      );
      return;
    }
    redraw();
    if (done === total) stream.write("\n");
  };
}
