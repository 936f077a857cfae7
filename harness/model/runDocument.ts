import type { Category } from "./caseDefinition.ts";
import type { TransportError } from "./exchange.ts";
import type { Expectation } from "./expectation.ts";
import type { Outcome, Verdict } from "./verdict.ts";

export const RUN_DOCUMENT_SCHEMA_VERSION = 2;

/**
 * A case's overall outcome; `not-applicable` when the target lacks a fixture the case needs; `unreachable` when
 * the target went away (a lost connection, retried, then refused): a setup problem, never a failure.
 */
export type CaseOutcome = Outcome | "not-applicable" | "unreachable";

/** One exchange as recorded: secrets redacted, bodies capped. */
export interface RecordedExchange {
  index: number;
  label?: string;
  request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    bodyPreview: string;
    bodyBytes: number;
  };
  response?: {
    status: number;
    errorType?: string;
    headers: Record<string, string>;
    bodyPreview: string;
    bodyBytes: number;
    truncated: boolean;
  };
  transportError?: TransportError;
  durationMs: number;
  verdicts: Verdict[];
  /** A command that reproduces the exchange (credentials from the environment, never inline). */
  curl: string;
}

export interface CaseResult {
  id: string;
  title: string;
  category: Category;
  documentation: string;
  specRef: string;
  tags: string[];
  outcome: CaseOutcome;
  /** Why: the first failing verdict's message, what was observed, or why it did not apply. */
  reason: string;
  expect: Expectation;
  /** Answers that came back, keyed by error name, `200` or `transport:<kind>`, with counts. */
  answersSeen: Record<string, number>;
  runs: number;
  seed: number;
  /** fast-check's replay path of the shrunk counterexample. */
  path?: string;
  /** The failing verdicts of the shrunk counterexample. */
  failures: Verdict[];
  /** The command that replays this case alone. */
  replay: string;
  exchanges: RecordedExchange[];
  durationMs: number;
  latencyMs: { p50: number; p95: number; max: number };
  /** The full request body of the shrunk counterexample, written next to the report as repro/<id>.json. */
  reproBody?: { encoding: "utf8" | "base64"; data: string };
  /** What a client command printed (client --exec), capped and redacted. */
  commandOutput?: { stdout: string; stderr: string };
}

export interface OutcomeCounts {
  total: number;
  pass: number;
  fail: number;
  observed: number;
  skipped: number;
  "not-applicable": number;
  unreachable: number;
}

/** One run, the only thing every report is rendered from. Versioned by reports/schema/run-document.schema.json. */
export interface RunDocument {
  schemaVersion: typeof RUN_DOCUMENT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  run: {
    id: string;
    startedAt: string;
    finishedAt: string;
    /** False when the run was interrupted; `incompleteReason` says why. */
    complete: boolean;
    incompleteReason?: string;
    seed: number;
    runs: number;
    shard?: { index: number; total: number };
    only?: string[];
    skip?: string[];
  };
  target: {
    endpoint: string;
    region: string;
    /** True for the embedded reference emulator. */
    embedded: boolean;
    /** The emulator fault in force, when the target is the emulator with --fault. */
    fault?: string;
    fixtures: { ownChannelArn?: string; externalIdChannelArn?: string; foreignChannelArn?: string };
  };
  summary: OutcomeCounts & { byCategory: Record<string, OutcomeCounts>; exchanges: number; durationMs: number };
  cases: CaseResult[];
}
