import { clip } from "../clip.ts";
import type { EmulatorChannel } from "../emulatorFixture.ts";
import type { EventFailure, JsonObject } from "../stages.ts";

/** A (partner) channel that lists its event sources takes events of those sources only: InvalidEventSource. */
export function checkEventSource(data: JsonObject, channel: EmulatorChannel): EventFailure | undefined {
  if (channel.eventSources === undefined || channel.eventSources.includes(String(data.eventSource))) return undefined;
  return {
    errorCode: "InvalidEventSource",
    errorMessage: `eventSource ${clip(String(data.eventSource))} is not a source of the channel ${channel.arn}.`,
  };
}
