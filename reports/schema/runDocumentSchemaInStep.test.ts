import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../harness/model/caseDefinition.ts";
import type { Expectation } from "../../harness/model/expectation.ts";
import {
  type CaseResult,
  type OutcomeCounts,
  type RecordedExchange,
  RUN_DOCUMENT_SCHEMA_VERSION,
  type RunDocument,
} from "../../harness/model/runDocument.ts";
import type { Verdict } from "../../harness/model/verdict.ts";
import schema from "./run-document.schema.json" with { type: "json" };

/** Every key of T, marked as TypeScript sees it: the compiler rejects a table that misses or misjudges a key. */
type KeyTable<T> = { [K in keyof T]-?: object extends Pick<T, K> ? "optional" : "required" };

interface ObjectSchema {
  properties?: Record<string, unknown>;
  required?: string[];
}

function keysOf(node: ObjectSchema): Record<string, "optional" | "required"> {
  const required = new Set(node.required ?? []);
  return Object.fromEntries(
    Object.keys(node.properties ?? {}).map((k) => [k, required.has(k) ? "required" : "optional"]),
  );
}

const defs = schema.$defs;
const props = schema.properties;
type Run = RunDocument["run"];
type Target = RunDocument["target"];
type Request = RecordedExchange["request"];
type Response = NonNullable<RecordedExchange["response"]>;

const runDocumentKeys: KeyTable<RunDocument> = {
  schemaVersion: "required",
  tool: "required",
  run: "required",
  target: "required",
  summary: "required",
  cases: "required",
};
const runKeys: KeyTable<Run> = {
  id: "required",
  startedAt: "required",
  finishedAt: "required",
  complete: "required",
  incompleteReason: "optional",
  seed: "required",
  runs: "required",
  shard: "optional",
  only: "optional",
  skip: "optional",
};
const targetKeys: KeyTable<Target> = {
  endpoint: "required",
  region: "required",
  embedded: "required",
  fault: "optional",
  fixtures: "required",
};
const fixturesKeys: KeyTable<Target["fixtures"]> = {
  ownChannelArn: "optional",
  externalIdChannelArn: "optional",
  foreignChannelArn: "optional",
};
const countsKeys: KeyTable<OutcomeCounts> = {
  total: "required",
  pass: "required",
  fail: "required",
  observed: "required",
  skipped: "required",
  "not-applicable": "required",
  unreachable: "required",
};
const summaryKeys: KeyTable<RunDocument["summary"]> = {
  ...countsKeys,
  byCategory: "required",
  exchanges: "required",
  durationMs: "required",
};
const caseKeys: KeyTable<CaseResult> = {
  id: "required",
  title: "required",
  category: "required",
  documentation: "required",
  specRef: "required",
  tags: "required",
  outcome: "required",
  reason: "required",
  expect: "required",
  answersSeen: "required",
  runs: "required",
  seed: "required",
  path: "optional",
  failures: "required",
  replay: "required",
  exchanges: "required",
  durationMs: "required",
  latencyMs: "required",
  reproBody: "optional",
  commandOutput: "optional",
};
const exchangeKeys: KeyTable<RecordedExchange> = {
  index: "required",
  label: "optional",
  request: "required",
  response: "optional",
  transportError: "optional",
  durationMs: "required",
  verdicts: "required",
  curl: "required",
};
const requestKeys: KeyTable<Request> = {
  method: "required",
  url: "required",
  headers: "required",
  bodyPreview: "required",
  bodyBytes: "required",
};
const responseKeys: KeyTable<Response> = {
  status: "required",
  errorType: "optional",
  headers: "required",
  bodyPreview: "required",
  bodyBytes: "required",
  truncated: "required",
};
const verdictKeys: KeyTable<Verdict> = {
  check: "required",
  outcome: "required",
  expected: "optional",
  actual: "optional",
  path: "optional",
  reason: "required",
};
const expectationKeys: KeyTable<Expectation> = { reject: "optional", accept: "optional", observed: "optional" };

describe("the run document schema", () => {
  it.each<[string, { given: ObjectSchema; want: Record<string, string> }]>([
    ["describes RunDocument's keys", { given: schema, want: runDocumentKeys }],
    ["describes run's keys", { given: props.run, want: runKeys }],
    ["describes target's keys", { given: props.target, want: targetKeys }],
    ["describes the fixtures' keys", { given: props.target.properties.fixtures, want: fixturesKeys }],
    ["describes OutcomeCounts' keys", { given: defs.outcomeCounts, want: countsKeys }],
    ["describes summary's keys", { given: props.summary, want: summaryKeys }],
    ["describes CaseResult's keys", { given: defs.caseResult, want: caseKeys }],
    ["describes RecordedExchange's keys", { given: defs.recordedExchange, want: exchangeKeys }],
    ["describes a recorded request's keys", { given: defs.recordedExchange.properties.request, want: requestKeys }],
    ["describes a recorded response's keys", { given: defs.recordedExchange.properties.response, want: responseKeys }],
    ["describes Verdict's keys", { given: defs.verdict, want: verdictKeys }],
    ["describes Expectation's keys", { given: defs.expectation, want: expectationKeys }],
  ])("%s", (_name, { given, want }) => {
    expect(keysOf(given)).toEqual(want);
  });

  it.each<[string, { given: unknown; want: unknown }]>([
    ["lists the catalogue's categories in order", { given: defs.category.enum, want: [...CATEGORIES] }],
    ["pins the schema version of the model", { given: props.schemaVersion.const, want: RUN_DOCUMENT_SCHEMA_VERSION }],
  ])("%s", (_name, { given, want }) => {
    expect(given).toEqual(want);
  });
});
