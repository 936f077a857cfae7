import { answerKey } from "../checks/responseView.ts";
import type { CaseInstance } from "../model/caseRequest.ts";
import type { Exchange } from "../model/exchange.ts";
import type { RecordedExchange } from "../model/runDocument.ts";
import type { Verdict } from "../model/verdict.ts";
import { recordExchange } from "../recording/recordExchange.ts";

export interface RecorderOptions {
  /** How many exchanges are kept in full; all are counted. The last failing one is always kept. */
  maxRecorded: number;
  secrets: readonly string[];
  region: string;
  /** Where a failing exchange's body is written next to the report (repro/<case>.json), for its curl. */
  bodyFile: string;
}

/** Collects what one case's exchanges showed: answers, durations, notes, recorded exchanges, the last failure. */
export class CaseRecorder {
  readonly answersSeen: Record<string, number> = {};
  readonly durations: number[] = [];
  readonly notes = new Set<string>();
  readonly recorded: RecordedExchange[] = [];
  /** The last failing exchange: after fast-check's shrinking, the shrunk counterexample. */
  lastFailure?: { record: RecordedExchange; verdicts: Verdict[]; body: Uint8Array };

  constructor(private readonly options: RecorderOptions) {}

  get exchanges(): number {
    return this.durations.length;
  }

  add(exchange: Exchange, instance: CaseInstance, verdicts: Verdict[]): void {
    const key = answerKey(exchange);
    this.answersSeen[key] = (this.answersSeen[key] ?? 0) + 1;
    this.durations.push(exchange.durationMs);
    for (const verdict of verdicts) if (verdict.outcome === "observed") this.notes.add(verdict.reason);
    const failed = verdicts.some((verdict) => verdict.outcome === "fail");
    if (!failed && this.recorded.length >= this.options.maxRecorded) return;
    const record = recordExchange(exchange, {
      index: this.exchanges - 1,
      label: instance.label,
      verdicts,
      secrets: [...this.options.secrets],
      region: this.options.region,
      ...(failed ? { bodyFile: this.options.bodyFile } : {}),
    });
    if (this.recorded.length < this.options.maxRecorded) this.recorded.push(record);
    if (failed)
      this.lastFailure = {
        record,
        verdicts: verdicts.filter((verdict) => verdict.outcome === "fail"),
        body: exchange.request.body,
      };
  }

  /** Recorded exchanges, with the last failure appended when it was past the cap. */
  exchangesToReport(): RecordedExchange[] {
    const last = this.lastFailure?.record;
    return last && !this.recorded.includes(last) ? [...this.recorded, last] : this.recorded;
  }
}
