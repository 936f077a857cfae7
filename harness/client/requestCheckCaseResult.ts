import type { CaseResult } from "../model/runDocument.ts";
import type { Verdict } from "../model/verdict.ts";
import { latency } from "../runner/latency.ts";
import type { ClientReportContext } from "./clientReport.ts";
import type { ClientRequestCheckName } from "./clientRequestChecks.ts";
import { recordClientExchange } from "./recordClientExchange.ts";
import type { ScenarioRun } from "./runClientScenarios.ts";
import { worstOutcome } from "./worstOutcome.ts";

/** One request check's case: its verdict on every request the client sent, in every scenario. */
export function requestCheckCaseResult(
  check: ClientRequestCheckName,
  runs: readonly ScenarioRun[],
  report: ClientReportContext,
): CaseResult {
  const sent = runs.flatMap((run) =>
    run.requests.map((recorded) => ({ run, recorded, verdict: recorded.verdicts.find((v) => v.check === check) })),
  );
  const judged = sent.filter((entry): entry is typeof entry & { verdict: Verdict } => entry.verdict !== undefined);
  const outcome = worstOutcome(judged.map((entry) => entry.verdict));
  const shown = judged.filter((entry) => entry.verdict.outcome === outcome);
  const answersSeen: Record<string, number> = {};
  for (const { verdict } of judged) answersSeen[verdict.outcome] = (answersSeen[verdict.outcome] ?? 0) + 1;
  const firstShown = shown[0];
  return {
    id: check,
    title: `every request passes ${check}`,
    category: "client-requests",
    documentation: `The request check ${check}, applied to each of the ${judged.length} requests the client sent.`,
    specRef: "spec/putauditevents.openapi.yaml#/paths/~1PutAuditEvents/post",
    tags: ["client", "request"],
    outcome,
    reason:
      firstShown === undefined
        ? "the client sent no request"
        : `${shown.length} of ${judged.length} requests: ${firstShown.verdict.reason} (scenario ${firstShown.run.scenario.id})`,
    expect: { accept: {} },
    answersSeen,
    runs: judged.length,
    seed: firstShown?.run.seed ?? 0,
    failures: shown
      .filter((entry) => entry.verdict.outcome === "fail")
      .slice(0, report.maxRecorded)
      .map((entry) => entry.verdict),
    replay:
      firstShown === undefined
        ? report.replay
        : `${report.replay} --scenario ${firstShown.run.scenario.id} --seed ${firstShown.run.seed} --runs 1`,
    exchanges: shown.slice(0, report.maxRecorded).map((entry, index) =>
      recordClientExchange(entry.recorded, {
        endpoint: report.endpoint,
        index,
        label: `scenario ${entry.run.scenario.id}`,
        verdicts: [entry.verdict],
        secrets: report.secrets,
      }),
    ),
    durationMs: 0,
    latencyMs: latency([]),
  };
}
