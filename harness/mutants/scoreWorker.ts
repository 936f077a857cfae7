import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { generationContext } from "./generationContext.ts";
import { type PreparedCase, prepareCase } from "./preparedCase.ts";
import { runScoreJobs } from "./scoreJobs.ts";
import type { ScoreWorkerData, SharedCase, WorkerMessage } from "./scoreWorkerProtocol.ts";

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
