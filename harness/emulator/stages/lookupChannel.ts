import { parseChannelArn } from "../../protocol/channelArn.ts";
import { clip } from "../clip.ts";
import type { EmulatorChannel } from "../emulatorFixture.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { EmulatorContext, ParsedChannelArn } from "../stages.ts";

export type ChannelMatcher = (wanted: ParsedChannelArn, candidate: ParsedChannelArn) => boolean;

const sameChannel: ChannelMatcher = (wanted, candidate) =>
  wanted.partition === candidate.partition &&
  wanted.region === candidate.region &&
  wanted.accountId === candidate.accountId &&
  wanted.channelId === candidate.channelId;

export function channelNotFound(arn: ParsedChannelArn): ErrorReply {
  return errorReply("ChannelNotFound", `The channel ${clip(arn.arn)} could not be found.`);
}

/** Each fixture channel's ARN in parts, parsed on the channel's first lookup rather than on every request. */
const partsOfChannel = new WeakMap<EmulatorChannel, ParsedChannelArn | null>();

function channelParts(channel: EmulatorChannel): ParsedChannelArn | null {
  let known = partsOfChannel.get(channel);
  if (known === undefined) {
    const parts = parseChannelArn(channel.arn);
    known = parts === undefined ? null : Object.freeze({ arn: channel.arn, ...parts, accountId: parts.account });
    partsOfChannel.set(channel, known);
  }
  return known;
}

/** Finds a fixture channel by its ARN's parts with the given matcher. */
export function findChannel(
  arn: ParsedChannelArn,
  ctx: EmulatorContext,
  matches: ChannelMatcher,
): EmulatorChannel | undefined {
  return ctx.fixture.channels.find((channel) => {
    const parts = channelParts(channel);
    return parts !== null && matches(arn, parts);
  });
}

/** A channel of another Region sent to this Region's endpoint is not found, as the real service answers. */
export function lookupChannel(arn: ParsedChannelArn, ctx: EmulatorContext): EmulatorChannel | ErrorReply {
  if (arn.region !== ctx.fixture.region) return channelNotFound(arn);
  return findChannel(arn, ctx, sameChannel) ?? channelNotFound(arn);
}
