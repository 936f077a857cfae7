import type { CaseResult, RunDocument } from "../model/runDocument.ts";
import { RUN_DOCUMENT_SCHEMA_VERSION } from "../model/runDocument.ts";
import { summarise } from "../runner/summarise.ts";
import { toolVersion } from "../runner/toolVersion.ts";
import type { ClientReportContext } from "./clientReport.ts";
import { CLIENT_REQUEST_CHECK_NAMES } from "./clientRequestChecks.ts";
import { requestCheckCaseResult } from "./requestCheckCaseResult.ts";
import type { ScenarioRun } from "./runClientScenarios.ts";
import { scenarioCaseResult } from "./scenarioCaseResult.ts";

export interface ClientRunMeta extends ClientReportContext {
  startedAt: Date;
  seed: number;
  runs: number;
  region: string;
  channelArn: string;
  /** The client's name, shown as the run's target. */
  clientName: string;
}

/** The run document of a client check: one case per request check, then one per scenario. */
export function clientRunDocument(runs: readonly ScenarioRun[], meta: ClientRunMeta): RunDocument {
  const byScenario = new Map<string, ScenarioRun[]>();
  for (const run of runs) byScenario.set(run.scenario.id, [...(byScenario.get(run.scenario.id) ?? []), run]);
  const cases: CaseResult[] = [
    ...CLIENT_REQUEST_CHECK_NAMES.map((check) => requestCheckCaseResult(check, runs, meta)),
    ...[...byScenario.values()].map((scenarioRuns) => scenarioCaseResult(scenarioRuns, meta)),
  ];
  const finishedAt = new Date();
  return {
    schemaVersion: RUN_DOCUMENT_SCHEMA_VERSION,
    tool: { name: "pae-conformance", version: toolVersion() },
    run: {
      id: `${meta.startedAt.toISOString()}-client-${meta.seed}`,
      startedAt: meta.startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      complete: true,
      seed: meta.seed,
      runs: meta.runs,
    },
    target: {
      endpoint: `client ${meta.clientName} via ${meta.endpoint}`,
      region: meta.region,
      embedded: true,
      fixtures: { ownChannelArn: meta.channelArn },
    },
    summary: summarise(
      cases,
      finishedAt.getTime() - meta.startedAt.getTime(),
      runs.reduce((n, run) => n + run.requests.length, 0),
    ),
    cases,
  };
}
