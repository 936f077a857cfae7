import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../harness/catalogue/catalogue.ts";
import { replayCommand } from "../harness/cli/replayCommand.ts";
import { type ResolvedTarget, resolveTarget } from "../harness/cli/resolveTarget.ts";
import type { CaseResult, RunDocument } from "../harness/model/runDocument.ts";
import { nothingApplies } from "../harness/runner/nothingApplies.ts";
import { runSuite } from "../harness/runner/runSuite.ts";
import { selectCases } from "../harness/runner/selectCases.ts";
import { suiteOptions } from "./suiteOptions.ts";

const options = suiteOptions();
const cases = selectCases(CATALOGUE, options);
let resolved: ResolvedTarget;
let run: RunDocument;

/** Everything a reader needs to reproduce a failing case; the replay line carries the target's flags. */
function reproduction(result: CaseResult): string {
  const failing = result.exchanges.findLast((exchange) =>
    exchange.verdicts.some((verdict) => verdict.outcome === "fail"),
  );
  return [
    `${result.id}: ${result.reason}`,
    `seed ${options.seed}${result.path ? `, path ${result.path}` : ""}`,
    `replay: ${result.replay}`,
    failing?.label ? `counterexample: ${failing.label}` : "",
    failing
      ? `curl (shrunk counterexample; its body is repro/${result.id}.json in the run's reports):\n${failing.curl}`
      : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** Observed cases say so in their name: their pass means "recorded", not "pinned down". */
const testName = (id: string, observed: boolean | undefined): string => (observed ? `${id} (observed)` : id);

describe(`PutAuditEvents conformance (seed ${options.seed}, ${options.runs} runs)`, () => {
  beforeAll(async () => {
    resolved = await resolveTarget(options, process.env);
    run = await runSuite({
      ...options,
      target: resolved.target,
      catalogue: CATALOGUE,
      embedded: resolved.embedded,
      replayCommand: replayCommand(options),
    });
  }, 300_000);
  afterAll(async () => resolved?.close());

  it("has at least one case that applies to the target (a run that tests nothing must not pass)", () => {
    expect(nothingApplies(cases, resolved.target.fixtures)).toBeUndefined();
    expect(run.summary.pass + run.summary.fail + run.summary.observed, "no case sent a request").toBeGreaterThan(0);
  });

  it("completes every selected case", () => {
    expect(run.run.complete, run.run.incompleteReason).toBe(true);
    expect(run.cases.map((result) => result.id)).toEqual(cases.map((entry) => entry.id));
  });

  // it.for, not it.each: the test context (for ctx.skip) comes as the second argument.
  it.for(cases.map((entry) => [testName(entry.id, entry.expect.observed), entry] as const))("%s", ([, entry], ctx) => {
    const result = run.cases.find((candidate) => candidate.id === entry.id);
    expect(result, `no result for ${entry.id}`).toBeDefined();
    if (!result) return;
    // Not applicable or skipped: reported as skipped, never as passed.
    if (result.outcome === "not-applicable" || result.outcome === "skipped")
      ctx.skip(`${result.outcome}: ${result.reason}`);
    expect(result.outcome, reproduction(result)).not.toBe("fail");
    expect(result.outcome, result.reason).toBe(entry.expect.observed ? "observed" : "pass");
  });
});
