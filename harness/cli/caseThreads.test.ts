import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import type { CaseResult } from "../model/runDocument.ts";
import { runSuite, type SuiteOptions } from "../runner/runSuite.ts";
import { type CaseThread, startCaseThread } from "./caseThreads.ts";
import { type ResolvedTarget, resolveTarget } from "./resolveTarget.ts";
import { parseRunOptions, type RunOptions } from "./runOptions.ts";

/** Light cases of several kinds, valid and invalid, each with its own seed. */
const ONLY = [
  "ValidBatchIsIngested",
  "ZeroEventsAreRejected",
  "DuplicateIdsAreRejected",
  "EventDataNotJsonIsRejected",
  "UnknownChannelIsRejected",
  "ExternalIdTooShortIsRejected",
];
const options = parseRunOptions(["--only", ONLY.join(","), "--runs", "4"]) as RunOptions;

/** What a case's result says, without what differs from one run to the next (times, ports, ids, signatures). */
function meaning(result: CaseResult) {
  const { durationMs: _duration, latencyMs: _latency, exchanges, ...rest } = result;
  return {
    ...rest,
    exchanges: exchanges.map((exchange) => ({
      label: exchange.label,
      body: exchange.request.bodyPreview,
      status: exchange.response?.status,
      errorType: exchange.response?.errorType,
      verdicts: exchange.verdicts,
    })),
  };
}

describe("case threads", () => {
  let resolved: ResolvedTarget;
  let thread: CaseThread;
  let suite: SuiteOptions;
  beforeAll(async () => {
    resolved = await resolveTarget(options, process.env);
    thread = await startCaseThread({ faults: [], readings: [] });
    thread.configure({ target: resolved.target, seed: options.seed, runs: options.runs });
    suite = { ...options, target: resolved.target, catalogue: CATALOGUE, embedded: true, concurrency: 2 };
  }, 60_000);
  afterAll(async () => {
    await thread?.close();
    await resolved?.close();
  });

  it("give every case the result this thread gives it, in the same order, running some on their own emulator", async () => {
    const alone = await runSuite(suite);
    const shared = await runSuite({ ...suite, elsewhere: [thread.run] });
    expect(shared.cases.map(meaning)).toEqual(alone.cases.map(meaning));
    expect(shared.summary.exchanges).toBe(alone.summary.exchanges);
    const elsewhere = shared.cases.filter(
      (result) => !result.exchanges.some((exchange) => exchange.request.url.startsWith(resolved.target.endpoint)),
    );
    expect(elsewhere.length, "no case ran on the thread's own emulator").toBeGreaterThan(0);
  }, 120_000);

  it("fail the cases handed to a thread that could not start, rather than wait for it", async () => {
    const broken = await startCaseThread({ faults: ["NoSuchFault"], readings: [] });
    broken.configure({ target: resolved.target, seed: options.seed, runs: options.runs });
    const caseDef = CATALOGUE.find((entry) => entry.id === "ZeroEventsAreRejected");
    if (caseDef === undefined) throw new Error("no ZeroEventsAreRejected");
    await expect(broken.run(caseDef)).rejects.toThrow(/NoSuchFault/);
    await expect(broken.run(caseDef)).rejects.toThrow(/NoSuchFault/);
    await broken.close();
  }, 60_000);

  it("end a thread's cases in flight as interrupted when the run is aborted", async () => {
    // Both sides run far more than they can finish before the abort; the thread gets that many runs too, so its
    // case is still in flight when it hears the abort (the shared thread's 4 runs may be over by then).
    const runs = 20_000;
    const slowThread = await startCaseThread({ faults: [], readings: [] });
    slowThread.configure({ target: resolved.target, seed: options.seed, runs });
    // A case id the thread does not know is refused once the thread has loaded and started its emulator.
    const [anyCase] = CATALOGUE;
    if (anyCase === undefined) throw new Error("empty catalogue");
    await expect(slowThread.run({ ...anyCase, id: "NoSuchCase" })).rejects.toThrow(/unknown case NoSuchCase/);
    const controller = new AbortController();
    const slow = { ...suite, runs, only: ["ZeroEventsAreRejected", "UnknownChannelIsRejected"] };
    try {
      const run = await runSuite({
        ...slow,
        signal: controller.signal,
        elsewhere: [slowThread.run],
        onProgress: (event) => {
          // Long enough for a loaded machine's ready thread to send its first request, far too short for 20,000 runs.
          if (event.type === "case-start" && event.position === 1)
            setTimeout(() => {
              controller.abort();
              slowThread.abort();
            }, 1_500);
        },
      });
      expect(run.run.complete).toBe(false);
      expect(run.cases.map((result) => result.runs > 0 && result.exchanges.length > 0)).toEqual([true, true]);
      expect(run.summary.exchanges).toBeLessThan(2 * runs);
    } finally {
      await slowThread.close();
    }
  }, 120_000);
});
