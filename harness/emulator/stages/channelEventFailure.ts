import type { EmulatorChannel } from "../emulatorFixture.ts";
import type { EmulatorContext, EventFailure } from "../stages.ts";

const TRANSIENT_MESSAGES = {
  Throttling: "The event was throttled; send it again later.",
  InternalFailure: "The event could not be stored because of an internal failure; send it again.",
} as const;

/**
 * Per-event answers that come from the channel, not the event: its owner's account has no subscription
 * (AccountNotSubscribed), or the fixture injects a transient fault (Throttling, InternalFailure) on every event.
 */
export function channelEventFailure(channel: EmulatorChannel, ctx: EmulatorContext): EventFailure | undefined {
  const owner = ctx.fixture.accounts?.find((account) => account.accountId === channel.ownerAccountId);
  if (owner?.notSubscribed) {
    return {
      errorCode: "AccountNotSubscribed",
      errorMessage: `The account ${owner.accountId} that owns the channel is not subscribed to CloudTrail Lake.`,
    };
  }
  if (channel.eventFailure !== undefined) {
    return { errorCode: channel.eventFailure, errorMessage: TRANSIENT_MESSAGES[channel.eventFailure] };
  }
  return undefined;
}
