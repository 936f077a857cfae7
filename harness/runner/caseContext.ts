import type { CaseContext } from "../model/caseDefinition.ts";
import type { TargetConfig } from "../model/target.ts";
import { parseChannelArn } from "../protocol/channelArn.ts";

/** What generators may use: fixtures, and the caller's account read from the caller's own channel. */
export function caseContext(target: TargetConfig): CaseContext {
  const ownArn = target.fixtures.ownChannelArn ?? target.fixtures.externalIdChannel?.arn;
  const callerAccountId = (ownArn && parseChannelArn(ownArn)?.account) ?? "";
  return { fixtures: target.fixtures, callerAccountId, region: target.region };
}
