import { clip } from "../clip.ts";
import type { EmulatorChannel } from "../emulatorFixture.ts";
import type { EventFailure, JsonObject } from "../stages.ts";

/** recipientAccountId names the account that receives the event: the channel owner's. */
export function checkRecipient(data: JsonObject, channel: EmulatorChannel): EventFailure | undefined {
  if (data.recipientAccountId === channel.ownerAccountId) return undefined;
  return {
    errorCode: "InvalidRecipient",
    errorMessage: `recipientAccountId ${clip(String(data.recipientAccountId))} is not the channel owner's account ${channel.ownerAccountId}.`,
  };
}
