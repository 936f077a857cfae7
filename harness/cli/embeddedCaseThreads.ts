import { availableParallelism } from "node:os";
import { SERVER_CATEGORIES } from "../model/caseDefinition.ts";
import type { CaseThreadSettings } from "./caseThread.ts";
import { type CaseThread, startCaseThread } from "./caseThreads.ts";
import type { RunOptions } from "./runOptions.ts";

/** Threads beyond the main one: each holds a whole emulator and heap, so one is what two cores can use. */
const MAX_EXTRA_THREADS = 1;

/** `--case ID` (or `--only ID`) alone selects one case: one lane, nothing to share. */
function namesOneCase(options: RunOptions): boolean {
  const [name, ...others] = options.only;
  return name !== undefined && others.length === 0 && !(SERVER_CATEGORIES as readonly string[]).includes(name);
}

/**
 * Threads that will share a run against the embedded emulator with the main thread, each with an emulator of its
 * own (same faults and readings, and the same per-case seeds, so the same results), started from the options alone
 * so that they load and start their emulators while this thread loads the rest of the command: none for a replay,
 * for one case at a time, or on one core. An external target keeps one thread: its speed, not ours, bounds the run.
 */
export async function startEmbeddedCaseThreads(options: RunOptions): Promise<CaseThread[]> {
  const wanted = (options.threads ?? availableParallelism()) - 1;
  const extra = Math.min(MAX_EXTRA_THREADS, wanted, options.concurrency - 1);
  if (options.endpoint || options.path !== undefined || extra < 1 || namesOneCase(options)) return [];
  return await Promise.all(
    Array.from({ length: extra }, () => startCaseThread({ faults: options.faults, readings: options.readings })),
  );
}

/**
 * The threads the selected cases can use, given the run's settings (the rest closed: fewer cases than lanes);
 * Ctrl-C reaches them as it reaches this thread's cases.
 */
export async function useCaseThreads(
  threads: readonly CaseThread[],
  options: RunOptions,
  run: { cases: number; settings: CaseThreadSettings; signal: AbortSignal },
): Promise<CaseThread[]> {
  const lanes = Math.min(options.concurrency, run.cases);
  const used = threads.slice(0, Math.max(0, lanes - 1));
  await Promise.all(threads.slice(used.length).map((thread) => thread.close()));
  for (const thread of used) thread.configure(run.settings);
  run.signal.addEventListener("abort", () => {
    for (const thread of used) thread.abort();
  });
  return used;
}
