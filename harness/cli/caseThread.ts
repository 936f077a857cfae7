// The entry of a case thread (started by caseThreads.ts, which imports only its types, so the build compiles it
// too): its own embedded emulator, with the run's faults and readings, and the cases the main thread hands it.
import { parentPort, workerData } from "node:worker_threads";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { parseReadingFlags } from "../emulator/readings/applyReadings.ts";
import { startEmulator } from "../emulator/startEmulator.ts";
import type { CaseResult } from "../model/runDocument.ts";
import { type SuiteCaseSettings, suiteCaseRunner } from "../runner/suiteCaseRunner.ts";
import { embeddedEmulatorOptions } from "./embeddedEmulatorOptions.ts";

/** What a case thread is given: the run's settings (with the main thread's target) and its emulator's options. */
export interface CaseThreadData {
  settings: Omit<SuiteCaseSettings, "signal">;
  faults: readonly string[];
  /** NAME=VALUE words, already checked by the main thread. */
  readings: readonly string[];
}

export type ToCaseThread = { type: "case"; ticket: number; caseId: string } | { type: "abort" };

export type FromCaseThread =
  | { type: "result"; ticket: number; result: CaseResult }
  | { type: "failed"; ticket: number; message: string };

const data = workerData as CaseThreadData;
const port = parentPort;
const controller = new AbortController();
const emulator = await startEmulator(embeddedEmulatorOptions(data.faults, parseReadingFlags(data.readings)));
// The same target but for its address: the fixtures, credentials and region are the emulator's defaults' or the user's.
const target = { ...data.settings.target, endpoint: emulator.url };
const runner = suiteCaseRunner({ ...data.settings, target, signal: controller.signal });

async function answer(ticket: number, caseId: string): Promise<FromCaseThread> {
  try {
    const caseDef = CATALOGUE.find((candidate) => candidate.id === caseId);
    if (caseDef === undefined) throw new Error(`unknown case ${caseId}`);
    return { type: "result", ticket, result: await runner.run(caseDef) };
  } catch (error) {
    return { type: "failed", ticket, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

port?.on("message", (message: ToCaseThread) => {
  if (message.type === "abort") controller.abort();
  else void answer(message.ticket, message.caseId).then((reply) => port.postMessage(reply));
});
