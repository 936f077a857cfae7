// The entry of a mutation score thread (started by parallelMutationScore, which imports only its types, so that
// the build compiles it too): it draws the cases it claims, swaps them with its peers, and runs its jobs.
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { claimCounter } from "./claimCounter.ts";
import { generationContext } from "./generationContext.ts";
import type { MutantResult } from "./mutationScore.ts";
import { type PreparedCase, prepareCase } from "./preparedCase.ts";
import type { ReadingRun } from "./readingRuns.ts";
import type { ReadingCaseResult } from "./readingUnits.ts";
import { runScoreJobs } from "./scoreJobs.ts";
import { withSharedBodies } from "./sharedBodies.ts";

/** What a score thread is given: the cases (built-in catalogue ids), the shared claims, and its share of the faults. */
export interface ScoreWorkerData {
  seed: number;
  runs: number;
  caseIds: string[];
  /** Claims positions in `caseIds` for this thread to draw; the peers draw the rest and send them over. */
  drawClaims: SharedArrayBuffer;
  /** One port to each other thread, to swap the drawn cases. */
  peers: MessagePort[];
  /** Every reading run; the threads claim (reading run, case) units one at a time through `readingClaims`. */
  readingRuns: readonly ReadingRun[];
  readingClaims: SharedArrayBuffer;
  /** This thread's faults, each with its position in the whole score. */
  faults: { index: number; fault: { id: string; description: string } }[];
}

/** A drawn case as it travels between threads: by position, without its (uncloneable) definition. */
export type SharedCase = Omit<PreparedCase, "caseDef"> & { index: number };

export type WorkerMessage =
  | { type: "readingCase"; result: ReadingCaseResult }
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

/** Draws the cases this thread claims, swaps shares with every peer, and returns every case in order. */
async function everyCase(): Promise<PreparedCase[]> {
  const context = await generationContext();
  const claimCase = claimCounter(data.drawClaims, caseDefs.length);
  const drawn: SharedCase[] = [];
  for (let index = claimCase(); index !== undefined; index = claimCase()) {
    const { caseDef: _caseDef, ...prepared } = prepareCase(caseDefs[index] as never, context, data.seed, data.runs);
    drawn.push({ index, ...prepared });
  }
  const own = withSharedBodies(drawn);
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
      readingRuns: data.readingRuns,
      claimReadingCase: claimCounter(data.readingClaims, data.readingRuns.length * cases.length),
      faults: data.faults.map((job) => job.fault),
    },
    {
      onReadingCase: (result) => post({ type: "readingCase", result }),
      onMutant: (result, index) => post({ type: "mutant", index: data.faults[index]?.index ?? -1, result }),
    },
  );
  post({ type: "done" });
} catch (error) {
  post({ type: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
