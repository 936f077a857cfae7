import { CHANNEL_ARN } from "../../../generated/constants.ts";
import type { EmulatorContext, QueryValues } from "../stages.ts";

const ARN_PATTERN = new RegExp(CHANNEL_ARN.pattern, "u");

/**
 * The doc calls channelArn "the ARN or ID (the ARN suffix) of a channel", while its pattern wants `arn:`.
 * The emulator resolves a bare id of one of its channels to that channel's ARN before validation.
 */
export function resolveBareChannelId(query: QueryValues, ctx: EmulatorContext): QueryValues {
  const value = query.channelArn;
  if (typeof value !== "string" || value === "" || ARN_PATTERN.test(value)) return query;
  const channel = ctx.fixture.channels.find((candidate) => candidate.arn.endsWith(`/${value}`));
  return channel === undefined ? query : { ...query, channelArn: channel.arn };
}
