import type { RunDetails } from "fast-check";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { CaseInstance } from "../model/caseRequest.ts";
import type { TransportError } from "../model/exchange.ts";
import type { CaseOutcome } from "../model/runDocument.ts";
import type { CaseRecorder } from "./caseRecorder.ts";

function describeAnswers(answersSeen: Record<string, number>): string {
  return Object.entries(answersSeen)
    .map(([answer, count]) => `${answer} ×${count}`)
    .join(", ");
}

/** A case's outcome and reason from its property run; built from fields, never parsed back. */
export function caseOutcome(
  caseDef: CaseDefinition,
  recorder: CaseRecorder,
  details: RunDetails<[CaseInstance]>,
  stop: { interrupted: boolean; lost?: TransportError },
): { outcome: CaseOutcome; reason: string } {
  if (stop.interrupted) return { outcome: "skipped", reason: "the run was interrupted before this case finished" };
  const failure = recorder.lastFailure?.verdicts[0];
  if (details.failed && failure) return { outcome: "fail", reason: `${failure.check}: ${failure.reason}` };
  if (stop.lost)
    return {
      outcome: "unreachable",
      reason: `the target went away: ${stop.lost.kind} (${stop.lost.message}), also on a retry`,
    };
  if (details.failed) {
    const error =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    return { outcome: "fail", reason: `internal error while generating or checking this case: ${error}` };
  }
  const notes = [...recorder.notes];
  const seen = `received ${describeAnswers(recorder.answersSeen)}`;
  if (caseDef.expect.observed) return { outcome: "observed", reason: `not pinned down; ${seen}` };
  return { outcome: "pass", reason: notes.length > 0 ? `${seen}; note: ${notes.join("; ")}` : seen };
}
