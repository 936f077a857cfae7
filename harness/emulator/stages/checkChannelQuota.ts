import type { EmulatorChannel } from "../emulatorFixture.ts";
import type { ErrorReply } from "../reply.ts";
import type { EmulatorContext } from "../stages.ts";
import { throttledReply } from "../throttledReply.ts";

/** A request to a channel over its own quota (the fixture's `quotaTps`) is throttled: ThrottlingException. */
export function checkChannelQuota(channel: EmulatorChannel, ctx: EmulatorContext): ErrorReply | undefined {
  const retryAfter = ctx.channelQuotas?.take(channel);
  return retryAfter === undefined ? undefined : throttledReply(retryAfter);
}
