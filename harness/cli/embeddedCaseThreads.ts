import { availableParallelism } from "node:os";
import { type CaseThread, startCaseThread } from "./caseThreads.ts";
import type { ResolvedTarget } from "./resolveTarget.ts";
import type { RunOptions } from "./runOptions.ts";

/** Threads beyond the main one: each holds a whole emulator and heap, so one is what two cores can use. */
const MAX_EXTRA_THREADS = 1;

/**
 * Threads that share a run against the embedded emulator with the main thread, each with an emulator of its own
 * (same faults and readings, and the same per-case seeds, so the same results): none for a replay, for one case
 * at a time, or on one core. An external target keeps one thread: its speed, not ours, bounds the run.
 */
export async function embeddedCaseThreads(
  options: RunOptions,
  { target, embedded }: Pick<ResolvedTarget, "target" | "embedded">,
  settings: { cases: number; replayCommand: string; signal: AbortSignal },
): Promise<CaseThread[]> {
  const lanes = Math.min(options.concurrency, settings.cases);
  const wanted = (options.threads ?? availableParallelism()) - 1;
  const extra = Math.min(MAX_EXTRA_THREADS, wanted, lanes - 1);
  if (!embedded || options.path !== undefined || extra < 1) return [];
  const threads = await Promise.all(
    Array.from({ length: extra }, () =>
      startCaseThread({
        settings: { target, seed: options.seed, runs: options.runs, replayCommand: settings.replayCommand },
        faults: options.faults,
        readings: options.readings,
      }),
    ),
  );
  settings.signal.addEventListener("abort", () => {
    for (const thread of threads) thread.abort();
  });
  return threads;
}
