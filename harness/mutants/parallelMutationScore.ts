import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { newClaimBuffer } from "./claimCounter.ts";
import {
  assembleScore,
  type MutantResult,
  type MutationOptions,
  type MutationScore,
  type ReadingResult,
} from "./mutationScore.ts";
import { readingAssembly } from "./readingAssembly.ts";
import { readingRuns } from "./readingRuns.ts";
import type { ScoreWorkerData, WorkerMessage } from "./scoreWorker.ts";
import { startModuleWorker } from "./startModuleWorker.ts";

export interface ParallelMutationOptions extends MutationOptions {
  /** Threads sharing the work (default: the machine's cores); each draws the cases it claims, for all. */
  threads?: number;
}

/**
 * Each request's parsed bodies, signatures and responses die young, but at V8's default young generation (48 MB)
 * a thread scavenged so often that GC took a tenth of its time; twice that scavenges half as often.
 */
const YOUNG_GENERATION_MB = 96;

/** Every `threads`-th item from `offset` on, with its position in `items`. */
const dealt = <T>(items: readonly T[], offset: number, threads: number) =>
  items.flatMap((item, index) => (index % threads === offset ? [{ index, item }] : []));

/** One port per pair of threads, so that each thread can send its drawn cases to every other. */
function peerPorts(threads: number): MessagePort[][] {
  const ports: MessagePort[][] = Array.from({ length: threads }, () => []);
  for (let a = 0; a < threads; a++)
    for (let b = a + 1; b < threads; b++) {
      const channel = new MessageChannel();
      ports[a]?.push(channel.port1);
      ports[b]?.push(channel.port2);
    }
  return ports;
}

/**
 * The mutation score of the built-in catalogue, over several threads: each thread draws the instances of the
 * cases it claims (the same values `mutationScore` and `run` draw, whoever draws them), the threads swap them, and each replays them
 * against its share of the faults (dealt in turn, so the split and the kills are the same on every run), then
 * against the (reading run, case) units it claims from a counter they share (so that no thread idles while
 * another works); this thread puts each reading run's result together from its cases.
 */
export async function parallelMutationScore(options: ParallelMutationOptions): Promise<MutationScore> {
  const foreign = options.catalogue.find((caseDef) => !CATALOGUE.includes(caseDef));
  if (foreign) throw new Error(`the threads load the built-in catalogue, which has no case ${foreign.id}`);
  const runs = options.readingRuns ?? readingRuns();
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const caseIds = options.catalogue.map((caseDef) => caseDef.id);
  const readings: ReadingResult[] = new Array(runs.length);
  const mutants: MutantResult[] = new Array(options.faults.length);
  const ports = peerPorts(threads);
  const drawClaims = newClaimBuffer();
  const readingClaims = newClaimBuffer();
  const onReadingCase = readingAssembly(runs, caseIds.length, (result, index) => {
    readings[index] = result;
    options.onReading?.(result);
  });
  const workers = Array.from({ length: threads }, (_, offset) => {
    const peers = ports[offset] ?? [];
    const workerData: ScoreWorkerData = {
      seed: options.seed,
      runs: options.runs,
      caseIds,
      drawClaims,
      peers,
      readingRuns: runs,
      readingClaims,
      faults: dealt(options.faults, offset, threads).map(({ index, item }) => ({
        index,
        fault: { id: item.id, description: item.description },
      })),
    };
    return startModuleWorker("scoreWorker", {
      workerData,
      transferList: peers,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
  });
  const finished = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        worker.on("message", (message: WorkerMessage) => {
          if (message.type === "readingCase") onReadingCase(message.result);
          else if (message.type === "mutant") {
            mutants[message.index] = message.result;
            options.onMutant?.(message.result);
          } else if (message.type === "done") resolve();
          else reject(new Error(`a mutation score thread failed: ${message.message}`));
        });
        worker.on("error", reject);
        worker.on("exit", (code) => reject(new Error(`a mutation score thread exited (${code}) before it finished`)));
      }),
  );
  try {
    await Promise.all(finished);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return assembleScore(options, readings, mutants);
}
