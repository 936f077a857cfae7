import type { EmulatorChannel } from "../emulatorFixture.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { EmulatorContext } from "../stages.ts";

/**
 * What the fixture says about a channel the caller may use: its schema is not supported (ChannelUnsupportedSchema),
 * or its owner's account does not support the operation (UnsupportedOperationException).
 */
export function checkChannelState(channel: EmulatorChannel, ctx: EmulatorContext): ErrorReply | undefined {
  if (channel.unsupportedSchema) {
    return errorReply("ChannelUnsupportedSchema", `The schema type of the channel ${channel.arn} is not supported.`);
  }
  const owner = ctx.fixture.accounts?.find((account) => account.accountId === channel.ownerAccountId);
  if (owner?.operationUnsupported) {
    return errorReply(
      "UnsupportedOperationException",
      `PutAuditEvents is not supported for the account ${owner.accountId} in ${ctx.fixture.region}.`,
    );
  }
  return undefined;
}
