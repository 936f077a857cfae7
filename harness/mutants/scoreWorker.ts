// The entry of a mutation score thread (started by parallelMutationScore, which imports only its types, so that
// the build compiles it too): it draws its share of the cases, swaps them with its peers, and runs its jobs.
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { generationContext } from "./generationContext.ts";
import type { MutantResult, ReadingResult } from "./mutationScore.ts";
import { type PreparedCase, prepareCase } from "./preparedCase.ts";
import type { ReadingRun } from "./readingRuns.ts";
import { runScoreJobs } from "./scoreJobs.ts";

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

const data = workerData as ScoreWorkerData;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
const caseDefs = data.caseIds.map((id) => {
  const caseDef = CATALOGUE.find((candidate) => candidate.id === id);
  if (!caseDef) throw new Error(`unknown case ${id}`);
  return caseDef;
});

const received = (port: MessagePort) =>
  new Promise<SharedCase[]>((resolve) => port.once("message", (share: SharedCase[]) => resolve(share)));

/** Draws this thread's share of the cases, swaps shares with every peer, and returns every case in order. */
async function everyCase(): Promise<PreparedCase[]> {
  const context = await generationContext();
  const own: SharedCase[] = data.drawIndexes.map((index) => {
    const { caseDef: _caseDef, ...drawn } = prepareCase(caseDefs[index] as never, context, data.seed, data.runs);
    return { index, ...drawn };
  });
  const incoming = data.peers.map(received);
  for (const port of data.peers) port.postMessage(own);
  const all = [own, ...(await Promise.all(incoming))].flat();
  for (const port of data.peers) port.close();
  const cases: PreparedCase[] = new Array(caseDefs.length);
  for (const { index, ...drawn } of all) cases[index] = { caseDef: caseDefs[index] as never, ...drawn };
  return cases;
}

try {
  const cases = await everyCase();
  await runScoreJobs(
    cases,
    {
      readingRuns: data.readingRuns.map((job) => job.run),
      faults: data.faults.map((job) => job.fault),
    },
    {
      onReading: (result, index) => post({ type: "reading", index: data.readingRuns[index]?.index ?? -1, result }),
      onMutant: (result, index) => post({ type: "mutant", index: data.faults[index]?.index ?? -1, result }),
    },
  );
  post({ type: "done" });
} catch (error) {
  post({ type: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
