import { selectChecks } from "../checks/registry.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { CaseResult } from "../model/runDocument.ts";
import type { TargetConfig } from "../model/target.ts";
import { createSender } from "../sender/createSender.ts";
import { caseContext } from "./caseContext.ts";
import { runCase } from "./runCase.ts";
import { targetSecrets } from "./targetSecrets.ts";

/** What running one case of a suite needs beyond the case: the same in every thread that runs a share of them. */
export interface SuiteCaseSettings {
  target: TargetConfig;
  seed: number;
  runs: number;
  /** Checks to apply, by name; default all. */
  checks?: readonly string[];
  /** Replay one counterexample (with a single case selected). */
  path?: string;
  /** The command line that reproduces this run, for replay hints. */
  replayCommand?: string;
  signal?: AbortSignal;
}

/** Runs cases one by one (or several at once) against one target over one sender, as `runSuite` does. */
export interface SuiteCaseRunner {
  run(caseDef: CaseDefinition): Promise<CaseResult>;
  close(): Promise<void>;
}

/** The runner of a suite's cases against `settings.target`: one sender, the selected checks, the run's seed. */
export function suiteCaseRunner(settings: SuiteCaseSettings): SuiteCaseRunner {
  const checks = selectChecks(settings.checks);
  const sender = createSender(settings.target);
  const context = caseContext(settings.target);
  const secrets = targetSecrets(settings.target);
  return {
    run: (caseDef) =>
      runCase({
        caseDef,
        context,
        target: settings.target,
        sender,
        checks,
        runSeed: settings.seed,
        runs: settings.runs,
        shrinkBudget: 40,
        maxRecorded: 5,
        secrets,
        replayCommand: settings.replayCommand ?? `npx pae-conformance run --seed ${settings.seed}`,
        path: settings.path,
        signal: settings.signal,
      }),
    close: () => sender.close(),
  };
}
