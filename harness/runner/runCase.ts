import fc from "fast-check";
import { withRequestTransport } from "../generators/requestTransport.ts";
import type { CaseContext, CaseDefinition } from "../model/caseDefinition.ts";
import type { CaseInstance } from "../model/caseRequest.ts";
import type { Check } from "../model/check.ts";
import type { TransportError } from "../model/exchange.ts";
import type { CaseResult } from "../model/runDocument.ts";
import type { TargetConfig } from "../model/target.ts";
import type { Sender } from "../sender/createSender.ts";
import { caseOutcome } from "./caseOutcome.ts";
import { CaseRecorder } from "./caseRecorder.ts";
import { caseSeed } from "./caseSeed.ts";
import { describeCase } from "./describeCase.ts";
import { judgeInstance } from "./judgeInstance.ts";
import { latency } from "./latency.ts";
import { reproBody, reproFile } from "./reproBody.ts";

export interface CaseRunOptions {
  caseDef: CaseDefinition;
  context: CaseContext;
  target: TargetConfig;
  sender: Sender;
  checks: readonly (readonly [string, Check])[];
  runSeed: number;
  runs: number;
  /** Exchanges a case may spend shrinking a failure beyond its runs. */
  shrinkBudget: number;
  maxRecorded: number;
  secrets: readonly string[];
  /** The command that replays this case (seed and path appended). */
  replayCommand: string;
  /** fast-check replay path: re-run exactly one counterexample. */
  path?: string;
  signal?: AbortSignal;
}

/** Runs one catalogue entry as a fast-check property against the target; never throws for what the target does. */
export async function runCase(options: CaseRunOptions): Promise<CaseResult> {
  const { caseDef, target, signal } = options;
  const started = performance.now();
  const seed = caseSeed(options.runSeed, caseDef.id);
  const numRuns = Math.min(options.runs, caseDef.maxRuns ?? options.runs);
  const recorder = new CaseRecorder({
    maxRecorded: options.maxRecorded,
    secrets: options.secrets,
    region: target.region,
    bodyFile: reproFile(caseDef.id),
  });
  // After a transport error no more values are sent: a broken target would only time out again.
  let stopSending = false;
  let lost: TransportError | undefined;

  const instances = withRequestTransport(caseDef.generate(options.context));
  const property = fc.asyncProperty(instances, async (instance: CaseInstance) => {
    // Interrupt the run (keeping the last real failure and its path) rather than answer untested candidates:
    // fast-check would otherwise walk every remaining shrink of a 100-event value, blocking the event loop.
    if (signal?.aborted || stopSending || recorder.exchanges >= numRuns + options.shrinkBudget) {
      throw new fc.PreconditionFailure(true);
    }
    const { sender, checks } = options;
    const judgement = await judgeInstance({
      caseDef,
      instance,
      request: instance.request,
      target,
      sender,
      checks,
      signal,
    });
    if (signal?.aborted) throw new fc.PreconditionFailure(true);
    if (judgement.gone) {
      lost = judgement.gone;
      throw new fc.PreconditionFailure(true);
    }
    recorder.add(judgement.exchange, instance, judgement.verdicts);
    if (judgement.exchange.transportError) stopSending = true;
    return judgement.failures.length === 0;
  });
  const details = await fc.check(property, { seed, numRuns, path: options.path });

  const outcome = caseOutcome(caseDef, recorder, details, { interrupted: signal?.aborted ?? false, lost });
  const path = details.failed ? (details.counterexamplePath ?? undefined) : undefined;
  return {
    ...describeCase(caseDef),
    ...outcome,
    answersSeen: recorder.answersSeen,
    runs: numRuns,
    seed,
    ...(path ? { path } : {}),
    failures: recorder.lastFailure?.verdicts ?? [],
    replay: `${options.replayCommand} --case ${caseDef.id}${path ? ` --path ${path}` : ""}`,
    exchanges: recorder.exchangesToReport(),
    durationMs: Math.round(performance.now() - started),
    latencyMs: latency(recorder.durations),
    ...(outcome.outcome === "fail" && recorder.lastFailure ? { reproBody: reproBody(recorder.lastFailure.body) } : {}),
  };
}
