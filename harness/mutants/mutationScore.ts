import type { ReadingChoice } from "../emulator/readings/applyReadings.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import { claimCounter, newClaimBuffer } from "./claimCounter.ts";
import { generationContext } from "./generationContext.ts";
import { prepareCase } from "./preparedCase.ts";
import { readingAssembly } from "./readingAssembly.ts";
import { type ReadingRun, readingRuns } from "./readingRuns.ts";
import { runScoreJobs } from "./scoreJobs.ts";

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
  onReading?: (result: ReadingResult) => void;
  onMutant?: (result: MutantResult) => void;
}

/** The score from each reading run's and each fault's result, in the order they were asked for. */
export function assembleScore(
  options: Pick<MutationOptions, "seed" | "runs">,
  readings: ReadingResult[],
  mutants: MutantResult[],
): MutationScore {
  const defaults = readings.find((result) => Object.keys(result.readings).length === 0);
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

/**
 * The mutation score in this thread, for any catalogue: every case's instances are drawn once (as `run` draws
 * them for the seed) and replayed against the faithful emulator under every reading run, then against each
 * single-fault emulator until one instance fails. `parallelMutationScore` splits the same work over threads.
 */
export async function mutationScore(options: MutationOptions): Promise<MutationScore> {
  const context = await generationContext();
  const cases = options.catalogue.map((caseDef) => prepareCase(caseDef, context, options.seed, options.runs));
  const readings: ReadingResult[] = [];
  const mutants: MutantResult[] = [];
  const runs = options.readingRuns ?? readingRuns();
  const claimReadingCase = claimCounter(newClaimBuffer(), runs.length * cases.length);
  const onReadingCase = readingAssembly(runs, cases.length, (result, index) => {
    readings[index] = result;
    options.onReading?.(result);
  });
  await runScoreJobs(
    cases,
    { readingRuns: runs, claimReadingCase, faults: options.faults },
    {
      onReadingCase,
      onMutant: (result, index) => {
        mutants[index] = result;
        options.onMutant?.(result);
      },
    },
  );
  return assembleScore(options, readings, mutants);
}
