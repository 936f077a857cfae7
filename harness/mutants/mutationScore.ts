import { emulatorTarget } from "../emulator/emulatorTarget.ts";
import { startEmulator } from "../emulator/startEmulator.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { RunDocument } from "../model/runDocument.ts";
import { runSuite } from "../runner/runSuite.ts";

export interface MutantResult {
  fault: string;
  description: string;
  killed: boolean;
  /** The case that failed first, with the rule it enforces and why. */
  killedBy?: { caseId: string; specRef: string; reason: string };
  durationMs: number;
}

export interface MutationScore {
  seed: number;
  runs: number;
  /** The faithful emulator must pass everything: any failure here is a false alarm. */
  faithful: { falseAlarms: { caseId: string; reason: string }[]; durationMs: number };
  mutants: MutantResult[];
  killed: number;
  total: number;
}

export interface MutationOptions {
  faults: readonly { id: string; description: string }[];
  catalogue: readonly CaseDefinition[];
  seed: number;
  runs: number;
  onMutant?: (result: MutantResult) => void;
}

async function runAgainst(faults: string[], options: MutationOptions, stopOnFailure: boolean): Promise<RunDocument> {
  const emulator = await startEmulator({ faults });
  try {
    const target = emulatorTarget(emulator);
    return await runSuite({
      target,
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

/** Runs the suite against the faithful emulator, then against each single-fault emulator until one case fails. */
export async function mutationScore(options: MutationOptions): Promise<MutationScore> {
  const faithfulStarted = performance.now();
  const faithful = await runAgainst([], options, false);
  const falseAlarms = faithful.cases
    .filter((c) => c.outcome === "fail")
    .map((c) => ({ caseId: c.id, reason: c.reason }));
  const mutants: MutantResult[] = [];
  const kills = new Map<string, number>();
  for (const fault of options.faults) {
    const started = performance.now();
    // Killer-first: cases that killed the most faults so far run first; every case still runs until one fails.
    const catalogue = [...options.catalogue].sort((a, b) => (kills.get(b.id) ?? 0) - (kills.get(a.id) ?? 0));
    const run = await runAgainst([fault.id], { ...options, catalogue }, true);
    const killer = run.cases.find((c) => c.outcome === "fail");
    const result: MutantResult = {
      fault: fault.id,
      description: fault.description,
      killed: killer !== undefined,
      ...(killer ? { killedBy: { caseId: killer.id, specRef: killer.specRef, reason: killer.reason } } : {}),
      durationMs: Math.round(performance.now() - started),
    };
    if (killer) kills.set(killer.id, (kills.get(killer.id) ?? 0) + 1);
    mutants.push(result);
    options.onMutant?.(result);
  }
  return {
    seed: options.seed,
    runs: options.runs,
    faithful: { falseAlarms, durationMs: Math.round(performance.now() - faithfulStarted) },
    mutants,
    killed: mutants.filter((m) => m.killed).length,
    total: mutants.length,
  };
}
