import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../harness/catalogue/catalogue.ts";
import { type ResolvedTarget, resolveTarget } from "../harness/cli/resolveTarget.ts";
import type { CaseResult, RunDocument } from "../harness/model/runDocument.ts";
import { runSuite } from "../harness/runner/runSuite.ts";
import { selectCases } from "../harness/runner/selectCases.ts";
import { suiteOptions } from "./suiteOptions.ts";

const options = suiteOptions();
const cases = selectCases(CATALOGUE, options);
let resolved: ResolvedTarget;
let run: RunDocument;

/** Everything a reader needs to reproduce a failing case. */
function reproduction(result: CaseResult): string {
  const failing = result.exchanges.find((exchange) => exchange.verdicts.some((verdict) => verdict.outcome === "fail"));
  return [
    `${result.id}: ${result.reason}`,
    `seed ${result.seed}${result.path ? `, path ${result.path}` : ""}`,
    `replay: ${result.replay}`,
    failing?.label ? `counterexample: ${failing.label}` : "",
    failing ? `curl: ${failing.curl}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

describe(`PutAuditEvents conformance (seed ${options.seed}, ${options.runs} runs)`, () => {
  beforeAll(async () => {
    resolved = await resolveTarget(options, process.env);
    run = await runSuite({ ...options, target: resolved.target, catalogue: CATALOGUE, embedded: resolved.embedded });
  }, 300_000);
  afterAll(async () => resolved?.close());

  it("completes every selected case", () => {
    expect(run.run.complete).toBe(true);
    expect(run.cases.map((result) => result.id)).toEqual(cases.map((entry) => entry.id));
  });

  it.each(cases.map((entry) => [entry.id, entry] as const))("%s", (id, entry) => {
    const result = run.cases.find((candidate) => candidate.id === id);
    expect(result, `no result for ${id}`).toBeDefined();
    if (!result) return;
    expect(result.outcome, reproduction(result)).not.toBe("fail");
    if (result.outcome === "not-applicable") return;
    expect(result.outcome, result.reason).toBe(entry.expect.observed ? "observed" : "pass");
  });
});
