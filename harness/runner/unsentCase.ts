import type { CaseDefinition } from "../model/caseDefinition.ts";
import type { CaseResult } from "../model/runDocument.ts";
import type { FixtureName } from "../model/target.ts";
import { describeCase } from "./describeCase.ts";

export const FIXTURE_FLAGS: Record<FixtureName, string> = {
  ownChannelArn: "--channel-arn",
  externalIdChannel: "--external-id-channel-arn with --external-id",
  foreignChannelArn: "--foreign-channel-arn",
  partnerChannel: "--partner-channel-arn with --partner-external-id",
  unsupportedSchemaChannelArn: "--unsupported-schema-channel-arn",
  unsupportedOperationChannelArn: "--unsupported-operation-channel-arn",
  eventSourceChannel: "--event-source-channel-arn with --event-source",
  notSubscribedChannelArn: "--not-subscribed-channel-arn",
  throttlingChannelArn: "--throttling-channel-arn",
  internalFailureChannelArn: "--internal-failure-channel-arn",
  quotaExceededChannelArn: "--quota-exceeded-channel-arn",
};

/** The result of a case that was not sent (fixtures missing, or skipped with a reason): reported, never dropped. */
export function unsentCase(
  caseDef: CaseDefinition,
  missing: readonly FixtureName[],
  instead?: { outcome: "skipped"; reason: string },
): CaseResult {
  return {
    ...describeCase(caseDef),
    outcome: instead?.outcome ?? "not-applicable",
    reason:
      instead?.reason ??
      `the target has no ${missing.join(", ")} fixture (give ${missing.map((name) => FIXTURE_FLAGS[name]).join(", ")})`,
    answersSeen: {},
    runs: 0,
    seed: 0,
    failures: [],
    replay: "",
    exchanges: [],
    durationMs: 0,
    latencyMs: { p50: 0, p95: 0, max: 0 },
  };
}
