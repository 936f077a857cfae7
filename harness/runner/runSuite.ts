import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { CaseResult, RunDocument } from "../model/runDocument.ts";
import type { TargetConfig } from "../model/target.ts";
import { runDocumentOf } from "./runDocumentOf.ts";
import { type CaseSelection, selectCases } from "./selectCases.ts";
import { type SuiteCaseSettings, suiteCaseRunner } from "./suiteCaseRunner.ts";
import { unsentCase } from "./unsentCase.ts";

export type ProgressEvent =
  | { type: "start"; cases: number }
  | { type: "case-start"; caseId: string; position: number; cases: number }
  | { type: "case"; result: CaseResult; done: number; cases: number };

/** After this many unreachable cases in a row the target is taken as gone and no further case starts. */
export const DEFAULT_MAX_UNREACHABLE = 3;

/** Runs one case somewhere else (another thread, with its own copy of the target), as this thread would. */
export type RunCaseElsewhere = (caseDef: CaseDefinition) => Promise<CaseResult>;

export interface SuiteOptions extends CaseSelection, SuiteCaseSettings {
  target: TargetConfig;
  catalogue: readonly CaseDefinition[];
  /** True for the embedded reference emulator. */
  embedded: boolean;
  fault?: string;
  /** How many cases run at once. */
  concurrency?: number;
  /**
   * Other threads that run cases too: the `concurrency` lanes are dealt in turn to this thread and to each of
   * them, and every lane takes the next case when it is free. Results, order and reports are the same.
   */
  elsewhere?: readonly RunCaseElsewhere[];
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Called once, before the first case starts, with a function that returns the run document so far (marked
   * incomplete with the reason given). The CLI writes it at once (the run is in progress) and on a second Ctrl-C.
   */
  onStart?: (snapshot: (incompleteReason: string) => RunDocument) => void;
  /** Stop starting cases after the first failure (the mutation score only needs one kill). */
  stopOnFailure?: boolean;
  /** Stop starting cases after this many unreachable ones in a row; default DEFAULT_MAX_UNREACHABLE. */
  maxUnreachable?: number;
  /** A reason to skip a case without sending anything (it still shows in every report), or undefined. */
  skipReason?: (caseDef: CaseDefinition) => string | undefined;
}

function stopReason(
  options: SuiteOptions,
  state: { failed: boolean; lost?: CaseResult; consecutiveLost: number },
  done: number,
  total: number,
): string | undefined {
  const after = `after ${done} of ${total} cases`;
  if (options.signal?.aborted) return `interrupted ${after}`;
  if (state.lost && state.consecutiveLost >= (options.maxUnreachable ?? DEFAULT_MAX_UNREACHABLE))
    return `the target ${options.target.endpoint} went away: ${state.lost.id} and the next cases could not reach it (${state.lost.reason}); stopped ${after}`;
  if (done < total)
    return options.stopOnFailure && state.failed ? `stopped at the first failure ${after}` : `interrupted ${after}`;
  if (state.lost)
    return `the target ${options.target.endpoint} could not be reached for some cases (${state.lost.reason})`;
  return undefined;
}

/** Runs the selected catalogue entries against one target and returns the run document. Never throws for what the target does. */
export async function runSuite(options: SuiteOptions): Promise<RunDocument> {
  const startedAt = new Date();
  const cases = selectCases(options.catalogue, options);
  const here = suiteCaseRunner(options);
  const runners = [here.run, ...(options.elsewhere ?? [])];
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  let done = 0;
  let exchanges = 0;
  const state: { failed: boolean; lost?: CaseResult; consecutiveLost: number } = { failed: false, consecutiveLost: 0 };
  const finished = () => results.filter((result): result is CaseResult => result !== undefined);
  options.onStart?.((incompleteReason) =>
    runDocumentOf(options, { startedAt, finished: finished(), selected: cases.length, exchanges, incompleteReason }),
  );
  options.onProgress?.({ type: "start", cases: cases.length });

  const maxLost = options.maxUnreachable ?? DEFAULT_MAX_UNREACHABLE;
  const stopped = () =>
    options.signal?.aborted === true ||
    (options.stopOnFailure === true && state.failed) ||
    state.consecutiveLost >= maxLost;
  const lane = async (run: RunCaseElsewhere) => {
    while (next < cases.length && !stopped()) {
      const position = next++;
      const caseDef = cases[position] as CaseDefinition;
      const missing = caseDef.needs.filter((fixture) => options.target.fixtures[fixture] === undefined);
      const skipReason = options.skipReason?.(caseDef);
      if (missing.length === 0 && !skipReason)
        options.onProgress?.({ type: "case-start", caseId: caseDef.id, position, cases: cases.length });
      const result =
        missing.length > 0
          ? unsentCase(caseDef, missing)
          : skipReason
            ? unsentCase(caseDef, [], { outcome: "skipped", reason: skipReason })
            : await run(caseDef);
      results[position] = result;
      exchanges += Object.values(result.answersSeen).reduce((a, b) => a + b, 0);
      state.failed ||= result.outcome === "fail";
      if (result.outcome === "unreachable") {
        state.lost ??= result;
        state.consecutiveLost += 1;
      } else if (result.runs > 0 && result.exchanges.length > 0) state.consecutiveLost = 0;
      done += 1;
      options.onProgress?.({ type: "case", result, done, cases: cases.length });
    }
  };
  try {
    const lanes = Array.from(
      { length: Math.max(1, options.concurrency ?? 4) },
      (_, index) => runners[index % runners.length],
    );
    await Promise.all(lanes.map((run) => lane(run as RunCaseElsewhere)));
  } finally {
    await here.close();
  }
  const all = finished();
  const incompleteReason = stopReason(options, state, all.length, cases.length);
  return runDocumentOf(options, { startedAt, finished: all, selected: cases.length, exchanges, incompleteReason });
}
