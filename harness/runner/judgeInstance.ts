import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { CaseInstance, CaseRequest } from "../model/caseRequest.ts";
import type { Check } from "../model/check.ts";
import type { Exchange, TransportError } from "../model/exchange.ts";
import type { TargetConfig } from "../model/target.ts";
import type { Verdict } from "../model/verdict.ts";
import type { Sender } from "../sender/createSender.ts";
import { targetGone } from "./lostConnection.ts";
import { sendUntilSettled } from "./sendUntilSettled.ts";

export interface InstanceToJudge {
  caseDef: CaseDefinition;
  instance: CaseInstance;
  /** What goes on the wire: the instance's request, or one with the same bytes (e.g. its body encoded once). */
  request: CaseRequest;
  target: TargetConfig;
  sender: Sender;
  checks: readonly (readonly [string, Check])[];
  signal?: AbortSignal;
}

export type Judgement =
  | { gone: TransportError }
  | { gone?: undefined; exchange: Exchange; verdicts: Verdict[]; failures: Verdict[] };

/**
 * Sends one instance and applies every check; `runCase`'s property and the mutation replay both judge through
 * it. A lost connection is retried (`sendUntilSettled`), and a target that is no longer there is not judged.
 */
export async function judgeInstance(job: InstanceToJudge): Promise<Judgement> {
  const exchange = await sendUntilSettled(job.sender, job.request, job.signal);
  if (targetGone(exchange.transportError) && exchange.transportError) return { gone: exchange.transportError };
  const ctx = { caseDef: job.caseDef, instance: job.instance, target: job.target };
  const verdicts = job.checks.map(([, check]) => check(exchange, ctx));
  return { exchange, verdicts, failures: verdicts.filter((verdict) => verdict.outcome === "fail") };
}

/** How a failing instance is reported: its first failing check and why, as a failed case's reason reads. */
export const failureReason = (failure: Verdict) => `${failure.check}: ${failure.reason}`;
