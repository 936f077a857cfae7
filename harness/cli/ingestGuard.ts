import { EVENTS_PER_REQUEST } from "../../generated/constants.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import { selectCases } from "../runner/selectCases.ts";
import type { OutputStream } from "./commandIo.ts";
import type { RunOptions } from "./runOptions.ts";

/**
 * On a real AWS endpoint, cases that would ingest events (and cost money) run only with --allow-ingest.
 * Says how many events the run would ingest at most; returns the skip rule for runSuite, or undefined.
 */
export function ingestGuard(
  catalogue: readonly CaseDefinition[],
  options: Pick<RunOptions, "endpoint" | "runs" | "allowIngest" | "only" | "skip" | "shard">,
  isRealAws: boolean,
  stderr: OutputStream,
): ((entry: CaseDefinition) => string | undefined) | undefined {
  if (!isRealAws) return undefined;
  const ingesting = selectCases(catalogue, options).filter((entry) => entry.ingests);
  const runs = (entry: CaseDefinition) => Math.min(options.runs, entry.maxRuns ?? options.runs);
  const events = ingesting.reduce((sum, entry) => sum + runs(entry) * EVENTS_PER_REQUEST.maxItems, 0);
  stderr.write(
    `${options.endpoint} is an AWS endpoint: ${ingesting.length} cases would ingest up to ${events} events` +
      `${options.allowIngest ? "" : " (skipped; pass --allow-ingest to send them)"}\n`,
  );
  if (options.allowIngest) return undefined;
  return (entry) =>
    entry.ingests ? "would ingest events on a real AWS endpoint; pass --allow-ingest to run it" : undefined;
}
