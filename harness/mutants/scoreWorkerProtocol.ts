import type { MessagePort } from "node:worker_threads";
import type { MutantResult, ReadingResult } from "./mutationScore.ts";
import type { PreparedCase } from "./preparedCase.ts";
import type { ReadingRun } from "./readingRuns.ts";

/** What a score thread is given: the cases (built-in catalogue ids), which it draws, and its share of the jobs. */
export interface ScoreWorkerData {
  seed: number;
  runs: number;
  caseIds: string[];
  /** Positions in `caseIds` this thread draws; the peers draw the rest and send them over. */
  drawIndexes: number[];
  /** One port to each other thread, to swap the drawn cases. */
  peers: MessagePort[];
  /** This thread's jobs, each with its position in the whole score. */
  readingRuns: { index: number; run: ReadingRun }[];
  faults: { index: number; fault: { id: string; description: string } }[];
}

/** A drawn case as it travels between threads: by position, without its (uncloneable) definition. */
export type SharedCase = Omit<PreparedCase, "caseDef"> & { index: number };

export type WorkerMessage =
  | { type: "reading"; index: number; result: ReadingResult }
  | { type: "mutant"; index: number; result: MutantResult }
  | { type: "done" }
  | { type: "failed"; message: string };
