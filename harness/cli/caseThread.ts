// The entry of a case thread (started by caseThreads.ts, which imports only its types, so the build compiles it
// too): its own embedded emulator, with the run's faults and readings, and the cases the main thread hands it.
import { parentPort, workerData } from "node:worker_threads";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { parseReadingFlags } from "../emulator/readings/applyReadings.ts";
import { startEmulator } from "../emulator/startEmulator.ts";
import type { CaseResult } from "../model/runDocument.ts";
import { type SuiteCaseRunner, type SuiteCaseSettings, suiteCaseRunner } from "../runner/suiteCaseRunner.ts";
import { embeddedEmulatorOptions } from "./embeddedEmulatorOptions.ts";

/** What a case thread is started with: its emulator's options, known as soon as the command line is read. */
export interface CaseThreadData {
  faults: readonly string[];
  /** NAME=VALUE words; the main thread checks them too and reports a wrong one. */
  readings: readonly string[];
}

/** The run's settings, with the main thread's target: sent once it is resolved, before the first case. */
export type CaseThreadSettings = Omit<SuiteCaseSettings, "signal">;

export type ToCaseThread =
  | { type: "settings"; settings: CaseThreadSettings }
  | { type: "case"; ticket: number; caseId: string }
  | { type: "abort" };

export type FromCaseThread =
  | { type: "result"; ticket: number; result: CaseResult }
  | { type: "failed"; ticket: number; message: string };

const data = workerData as CaseThreadData;
const port = parentPort;
const controller = new AbortController();
const emulator = await startEmulator(embeddedEmulatorOptions(data.faults, parseReadingFlags(data.readings)));
let runner: SuiteCaseRunner | undefined;

/** The same target but for its address: the fixtures, credentials and region are the emulator's defaults' or the user's. */
function configure(settings: CaseThreadSettings): void {
  const target = { ...settings.target, endpoint: emulator.url };
  runner = suiteCaseRunner({ ...settings, target, signal: controller.signal });
}

async function answer(ticket: number, caseId: string): Promise<FromCaseThread> {
  try {
    if (runner === undefined) throw new Error(`case ${caseId} came before the run's settings`);
    const caseDef = CATALOGUE.find((candidate) => candidate.id === caseId);
    if (caseDef === undefined) throw new Error(`unknown case ${caseId}`);
    return { type: "result", ticket, result: await runner.run(caseDef) };
  } catch (error) {
    return { type: "failed", ticket, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

port?.on("message", (message: ToCaseThread) => {
  if (message.type === "settings") configure(message.settings);
  else if (message.type === "abort") controller.abort();
  else void answer(message.ticket, message.caseId).then((reply) => port.postMessage(reply));
});
