import type { EmulatorChannel } from "../emulatorFixture.ts";
import type { EmulatorContext, EventFailure } from "../stages.ts";

/**
 * eventData's own rules, in order: it parses, fits the schema, fits the size limits, names the right recipient,
 * and a source the channel takes.
 */
export function judgeEventData(
  eventData: string,
  channel: EmulatorChannel,
  ctx: EmulatorContext,
): EventFailure | undefined {
  const { stages } = ctx;
  const parsed = stages.parseEventData(eventData);
  if ("errorCode" in parsed) return parsed;
  return (
    stages.eventViolationFailure(stages.eventDataViolations(parsed.data)) ??
    stages.checkEventSizes(eventData, parsed.data) ??
    stages.checkRecipient(parsed.data, channel) ??
    stages.checkEventSource(parsed.data, channel)
  );
}
