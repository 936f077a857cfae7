import type { EmulatorChannel } from "../emulatorFixture.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { Caller } from "../stages.ts";

/** Without a resource policy granting more, only the channel owner's account may put events. */
export function checkChannelOwner(channel: EmulatorChannel, caller: Caller): ErrorReply | undefined {
  if (channel.ownerAccountId === caller.accountId) return undefined;
  return errorReply(
    "ChannelInsufficientPermission",
    `The caller's account ${caller.accountId} is not the owner of the channel ${channel.arn}.`,
  );
}
