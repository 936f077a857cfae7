import type { EmulatorChannel } from "../emulatorFixture.ts";
import { type ErrorReply, errorReply } from "../reply.ts";

/**
 * A channel whose policy has an external id wants that id on every call; a channel without one ignores it.
 * Which error a missing or wrong id gets is not published; ChannelInsufficientPermission fits best.
 */
export function checkExternalId(channel: EmulatorChannel, externalId: string | undefined): ErrorReply | undefined {
  if (channel.externalId === undefined || externalId === channel.externalId) return undefined;
  const problem =
    externalId === undefined ? "requires an external id and none was sent" : "requires another external id";
  return errorReply("ChannelInsufficientPermission", `The channel ${channel.arn} ${problem}.`);
}
