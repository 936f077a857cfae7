import type { EmulatorChannel } from "../emulatorFixture.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { Caller } from "../stages.ts";

/**
 * The channel's resource policy: its owner, and the accounts it allows besides (a partner), may put events;
 * anyone else gets ChannelInsufficientPermission. The external id is checked next, for owner and partner alike.
 */
export function checkChannelOwner(channel: EmulatorChannel, caller: Caller): ErrorReply | undefined {
  if (channel.ownerAccountId === caller.accountId) return undefined;
  if (channel.allowedAccounts?.includes(caller.accountId)) return undefined;
  return errorReply(
    "ChannelInsufficientPermission",
    `The caller's account ${caller.accountId} is neither the owner of the channel ${channel.arn} nor allowed by its resource policy.`,
  );
}
