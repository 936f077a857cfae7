import type { Expectation } from "../model/expectation.ts";
import type { CaseResult } from "../model/runDocument.ts";
import { REDACTED } from "../recording/redacted.ts";
import { latency } from "../runner/latency.ts";
import type { ClientReportContext } from "./clientReport.ts";
import type { ScenarioExpectation } from "./clientScenario.ts";
import { recordClientExchange } from "./recordClientExchange.ts";
import type { ScenarioRun } from "./runClientScenarios.ts";
import { describeSurfaced, type SurfacedAnswer } from "./surfacedAnswer.ts";
import { worstOutcome } from "./worstOutcome.ts";

const EXPECTATIONS: {
  [K in ScenarioExpectation["kind"]]: (e: Extract<ScenarioExpectation, { kind: K }>) => Expectation;
} = {
  success: () => ({ accept: {} }),
  partial: (e) => ({ accept: { failedCodes: [e.code] } }),
  error: (e) => ({ reject: { statuses: [e.status], errors: [e.name] } }),
  malformed: () => ({ accept: {} }),
};

/** One scenario's case: outcome from the answer verdicts of every run, answersSeen from how the client surfaced it. */
export function scenarioCaseResult(runs: readonly ScenarioRun[], report: ClientReportContext): CaseResult {
  const [first] = runs;
  if (first === undefined) throw new Error("scenarioCaseResult needs at least one run");
  const { scenario } = first;
  const verdicts = runs.flatMap((run) => run.verdicts);
  const outcome = worstOutcome(verdicts);
  const failing = runs.find((run) => worstOutcome(run.verdicts) === outcome) ?? first;
  const answersSeen: Record<string, number> = {};
  for (const run of runs) {
    const key = describeSurfaced(run.surfaced);
    answersSeen[key] = (answersSeen[key] ?? 0) + 1;
  }
  const shown = failing.verdicts.find((verdict) => verdict.outcome === outcome) ?? failing.verdicts[0];
  const toExpectation = EXPECTATIONS[scenario.expect.kind] as (e: ScenarioExpectation) => Expectation;
  return {
    id: scenario.id,
    title: scenario.title,
    category: "client-answers",
    documentation: scenario.documentation,
    specRef: scenario.specRef,
    tags: ["client", scenario.expect.kind],
    outcome,
    reason: shown?.reason ?? "no verdict",
    expect: toExpectation(scenario.expect),
    answersSeen,
    runs: runs.length,
    seed: failing.seed,
    failures: failing.verdicts.filter((verdict) => verdict.outcome === "fail"),
    replay: `${report.replay} --scenario ${scenario.id} --seed ${failing.seed} --runs 1`,
    exchanges: failing.requests.slice(0, report.maxRecorded).map((recorded, index) =>
      recordClientExchange(recorded, {
        endpoint: report.endpoint,
        index,
        label: `attempt ${index + 1}: ${describeSurfaced(failing.surfaced)}`,
        verdicts: recorded.verdicts,
        secrets: report.secrets,
      }),
    ),
    durationMs: runs.reduce((sum, run) => sum + run.durationMs, 0),
    latencyMs: latency(runs.map((run) => run.durationMs)),
    ...commandOutputOf(failing.surfaced, report.secrets),
  };
}

const MAX_OUTPUT_CHARS = 4_000;

/** A command's stdout and stderr for the report: the tail (where errors are) of each, secrets redacted. */
function commandOutputOf(surfaced: SurfacedAnswer, secrets: readonly string[]): Pick<CaseResult, "commandOutput"> {
  if (surfaced.kind === "timed-out" || surfaced.output === undefined) return {};
  const clean = (text: string) => {
    const redacted = secrets.reduce((t, secret) => t.replaceAll(secret, REDACTED), text);
    return redacted.length <= MAX_OUTPUT_CHARS
      ? redacted
      : `[…${redacted.length - MAX_OUTPUT_CHARS} chars cut]${redacted.slice(-MAX_OUTPUT_CHARS)}`;
  };
  return { commandOutput: { stdout: clean(surfaced.output.stdout), stderr: clean(surfaced.output.stderr) } };
}
