import { emulatorTarget } from "../emulator/emulatorTarget.ts";
import type { ReadingChoice } from "../emulator/readings/applyReadings.ts";
import { startEmulator } from "../emulator/startEmulator.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { RunDocument } from "../model/runDocument.ts";
import { runSuite } from "../runner/runSuite.ts";
import { type ReadingRun, readingRuns } from "./readingRuns.ts";

export interface MutantResult {
  fault: string;
  description: string;
  killed: boolean;
  /** The case that failed first, with the rule it enforces and why. */
  killedBy?: { caseId: string; specRef: string; reason: string };
  durationMs: number;
}

export interface FalseAlarm {
  caseId: string;
  reason: string;
}

/** The faithful emulator under one reading of the reference: any failing case is a false alarm. */
export interface ReadingResult {
  label: string;
  readings: ReadingChoice;
  falseAlarms: FalseAlarm[];
  durationMs: number;
}

export interface MutationScore {
  seed: number;
  runs: number;
  /** The faithful emulator with every default reading: it must pass everything. */
  faithful: { falseAlarms: FalseAlarm[]; durationMs: number };
  /** The faithful emulator under every reading run, the defaults first. */
  readings: ReadingResult[];
  /** False alarms summed over every reading run. */
  falseAlarms: number;
  mutants: MutantResult[];
  killed: number;
  total: number;
}

export interface MutationOptions {
  faults: readonly { id: string; description: string }[];
  catalogue: readonly CaseDefinition[];
  seed: number;
  runs: number;
  /** The readings to prove the suite against; default: readingRuns(). */
  readingRuns?: readonly ReadingRun[];
  /** How many reading runs go at once, each on its own emulator and port (default 3). */
  readingConcurrency?: number;
  onReading?: (result: ReadingResult) => void;
  onMutant?: (result: MutantResult) => void;
}

/** Generous: many emulators share the machine while the reading runs go at once. */
const REQUEST_TIMEOUT_MS = 30_000;

async function runAgainst(
  emulatorOptions: { faults?: string[]; readings?: ReadingChoice },
  options: MutationOptions,
  stopOnFailure: boolean,
): Promise<RunDocument> {
  const emulator = await startEmulator(emulatorOptions);
  try {
    return await runSuite({
      target: emulatorTarget(emulator, REQUEST_TIMEOUT_MS),
      catalogue: options.catalogue,
      seed: options.seed,
      runs: options.runs,
      embedded: true,
      stopOnFailure,
    });
  } finally {
    await emulator.close();
  }
}

async function underReading(run: ReadingRun, options: MutationOptions): Promise<ReadingResult> {
  const started = performance.now();
  const document = await runAgainst({ readings: run.readings }, options, false);
  const falseAlarms = document.cases
    .filter((c) => c.outcome === "fail")
    .map((c) => ({ caseId: c.id, reason: c.reason }));
  const result = { ...run, falseAlarms, durationMs: Math.round(performance.now() - started) };
  options.onReading?.(result);
  return result;
}

/** Runs `work` over `items`, at most `limit` at once, keeping the items' order in the results. */
async function pooled<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

async function mutant(
  fault: { id: string; description: string },
  options: MutationOptions,
  kills: Map<string, number>,
): Promise<MutantResult> {
  const started = performance.now();
  // Killer-first: cases that killed the most faults so far run first; every case still runs until one fails.
  const catalogue = [...options.catalogue].sort((a, b) => (kills.get(b.id) ?? 0) - (kills.get(a.id) ?? 0));
  const run = await runAgainst({ faults: [fault.id] }, { ...options, catalogue }, true);
  const killer = run.cases.find((c) => c.outcome === "fail");
  if (killer) kills.set(killer.id, (kills.get(killer.id) ?? 0) + 1);
  return {
    fault: fault.id,
    description: fault.description,
    killed: killer !== undefined,
    ...(killer ? { killedBy: { caseId: killer.id, specRef: killer.specRef, reason: killer.reason } } : {}),
    durationMs: Math.round(performance.now() - started),
  };
}

/**
 * Runs the suite against the faithful emulator under every reading run (a few at once), then against each
 * single-fault emulator until one case fails.
 */
export async function mutationScore(options: MutationOptions): Promise<MutationScore> {
  const runs = options.readingRuns ?? readingRuns();
  const readings = await pooled(runs, options.readingConcurrency ?? 3, (run) => underReading(run, options));
  const defaults = readings.find((result) => Object.keys(result.readings).length === 0);
  const mutants: MutantResult[] = [];
  const kills = new Map<string, number>();
  for (const fault of options.faults) {
    const result = await mutant(fault, options, kills);
    mutants.push(result);
    options.onMutant?.(result);
  }
  return {
    seed: options.seed,
    runs: options.runs,
    faithful: { falseAlarms: defaults?.falseAlarms ?? [], durationMs: defaults?.durationMs ?? 0 },
    readings,
    falseAlarms: readings.reduce((sum, result) => sum + result.falseAlarms.length, 0),
    mutants,
    killed: mutants.filter((m) => m.killed).length,
    total: mutants.length,
  };
}
