import { summarise } from "../../reports/analysis/summarise.ts";
import { selectChecks } from "../checks/registry.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import { type CaseResult, RUN_DOCUMENT_SCHEMA_VERSION, type RunDocument } from "../model/runDocument.ts";
import type { TargetConfig } from "../model/target.ts";
import { createSender } from "../sender/createSender.ts";
import { caseContext } from "./caseContext.ts";
import { runCase } from "./runCase.ts";
import { type CaseSelection, selectCases } from "./selectCases.ts";
import { targetSecrets } from "./targetSecrets.ts";
import { toolVersion } from "./toolVersion.ts";
import { unsentCase } from "./unsentCase.ts";

export type ProgressEvent =
  | { type: "start"; cases: number }
  | { type: "case"; result: CaseResult; done: number; cases: number };

export interface SuiteOptions extends CaseSelection {
  target: TargetConfig;
  catalogue: readonly CaseDefinition[];
  seed: number;
  runs: number;
  /** True for the embedded reference emulator. */
  embedded: boolean;
  fault?: string;
  /** Checks to apply, by name; default all. */
  checks?: readonly string[];
  /** How many cases run at once. */
  concurrency?: number;
  /** Replay one counterexample (with a single case selected). */
  path?: string;
  /** The command line that reproduces this run, for replay hints. */
  replayCommand?: string;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Stop starting cases after the first failure (the mutation score only needs one kill). */
  stopOnFailure?: boolean;
  /** A reason to skip a case without sending anything (it still shows in every report), or undefined. */
  skipReason?: (caseDef: CaseDefinition) => string | undefined;
}

/** Runs the selected catalogue entries against one target and returns the run document. Never throws for what the target does. */
export async function runSuite(options: SuiteOptions): Promise<RunDocument> {
  const startedAt = new Date();
  const cases = selectCases(options.catalogue, options);
  const checks = selectChecks(options.checks);
  const sender = createSender(options.target);
  const context = caseContext(options.target);
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  let done = 0;
  options.onProgress?.({ type: "start", cases: cases.length });

  let failed = false;
  const stopped = () => options.signal?.aborted === true || (options.stopOnFailure === true && failed);
  const worker = async () => {
    while (next < cases.length && !stopped()) {
      const position = next++;
      const caseDef = cases[position] as CaseDefinition;
      const missing = caseDef.needs.filter((fixture) => options.target.fixtures[fixture] === undefined);
      const skipReason = options.skipReason?.(caseDef);
      const result =
        missing.length > 0
          ? unsentCase(caseDef, missing)
          : skipReason
            ? unsentCase(caseDef, [], { outcome: "skipped", reason: skipReason })
            : await runCase({
                caseDef,
                context,
                target: options.target,
                sender,
                checks,
                runSeed: options.seed,
                runs: options.runs,
                shrinkBudget: 40,
                maxRecorded: 5,
                secrets: targetSecrets(options.target),
                replayCommand: options.replayCommand ?? `npx pae-conformance run --seed ${options.seed}`,
                path: options.path,
                signal: options.signal,
              });
      results[position] = result;
      failed ||= result.outcome === "fail";
      done += 1;
      options.onProgress?.({ type: "case", result, done, cases: cases.length });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  } finally {
    await sender.close();
  }

  const finished = results.filter((result): result is CaseResult => result !== undefined);
  const interrupted = finished.length < cases.length;
  const exchanges = finished.reduce(
    (sum, result) => sum + Object.values(result.answersSeen).reduce((a, b) => a + b, 0),
    0,
  );
  const fixtures = options.target.fixtures;
  return {
    schemaVersion: RUN_DOCUMENT_SCHEMA_VERSION,
    tool: { name: "pae-conformance", version: toolVersion() },
    run: {
      id: `${startedAt.toISOString()}-${options.seed}`,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      complete: !interrupted,
      ...(interrupted
        ? {
            incompleteReason: `${stopped() && !options.signal?.aborted ? "stopped at the first failure" : "interrupted"} after ${finished.length} of ${cases.length} cases`,
          }
        : {}),
      seed: options.seed,
      runs: options.runs,
      ...(options.shard ? { shard: options.shard } : {}),
      ...(options.only?.length ? { only: [...options.only] } : {}),
      ...(options.skip?.length ? { skip: [...options.skip] } : {}),
    },
    target: {
      endpoint: options.target.endpoint,
      region: options.target.region,
      embedded: options.embedded,
      ...(options.fault ? { fault: options.fault } : {}),
      fixtures: {
        ...(fixtures.ownChannelArn ? { ownChannelArn: fixtures.ownChannelArn } : {}),
        ...(fixtures.externalIdChannel ? { externalIdChannelArn: fixtures.externalIdChannel.arn } : {}),
        ...(fixtures.foreignChannelArn ? { foreignChannelArn: fixtures.foreignChannelArn } : {}),
      },
    },
    summary: summarise(finished, Date.now() - startedAt.getTime(), exchanges),
    cases: finished,
  };
}
