import { type CaseResult, RUN_DOCUMENT_SCHEMA_VERSION, type RunDocument } from "../model/runDocument.ts";
import type { SuiteOptions } from "./runSuite.ts";
import { summarise } from "./summarise.ts";
import { toolVersion } from "./toolVersion.ts";

/** How far a run got: the cases that finished, out of how many, and why it stopped early (if it did). */
export interface RunProgress {
  startedAt: Date;
  finished: readonly CaseResult[];
  selected: number;
  exchanges: number;
  incompleteReason?: string;
}

/** The run document of a run so far: at its end, or at any moment before (an in-progress or interrupted report). */
export function runDocumentOf(options: SuiteOptions, progress: RunProgress): RunDocument {
  const { startedAt, finished, incompleteReason } = progress;
  const fixtures = options.target.fixtures;
  return {
    schemaVersion: RUN_DOCUMENT_SCHEMA_VERSION,
    tool: { name: "pae-conformance", version: toolVersion() },
    run: {
      id: `${startedAt.toISOString()}-${options.seed}`,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      complete: incompleteReason === undefined,
      ...(incompleteReason === undefined ? {} : { incompleteReason }),
      seed: options.seed,
      runs: options.runs,
      ...(options.shard ? { shard: options.shard } : {}),
      ...(options.only?.length ? { only: [...options.only] } : {}),
      ...(options.skip?.length ? { skip: [...options.skip] } : {}),
    },
    target: {
      endpoint: options.target.endpoint,
      region: options.target.region,
      embedded: options.embedded,
      ...(options.fault ? { fault: options.fault } : {}),
      fixtures: {
        ...(fixtures.ownChannelArn ? { ownChannelArn: fixtures.ownChannelArn } : {}),
        ...(fixtures.externalIdChannel ? { externalIdChannelArn: fixtures.externalIdChannel.arn } : {}),
        ...(fixtures.foreignChannelArn ? { foreignChannelArn: fixtures.foreignChannelArn } : {}),
      },
    },
    summary: summarise(finished, Date.now() - startedAt.getTime(), progress.exchanges),
    cases: [...finished],
  };
}
