import { errorReply } from "../reply.ts";
import type { ReadingApplies, StagesChange } from "./reading.ts";
import { unchanged } from "./reading.ts";

/**
 * A body may be larger than its events: JSON escapes take up to 6 bytes per byte of eventData (`\u0000`).
 * Past that many times the limit, even the summed eventData is certainly over it, so reading stops there.
 */
const MAX_ESCAPE_GROWTH = 6;

/** The limit counts the summed UTF-8 bytes of every eventData, checked once the body is valid. */
const summedEventData: StagesChange = (stages) => {
  const max = stages.bodyLimit.max;
  const original = stages.checkBatch;
  return {
    ...stages,
    bodyLimit: { ...stages.bodyLimit, max: max * MAX_ESCAPE_GROWTH },
    checkBatch: (events, channel, ctx) => {
      const bytes = events.reduce((sum, event) => sum + Buffer.byteLength(event.eventData, "utf8"), 0);
      if (bytes <= max) return original(events, channel, ctx);
      const message = `1 validation error detected: Value at '/auditEvents' failed to satisfy constraint: the events must total at most ${max} bytes, received ${bytes}`;
      return errorReply("ValidationException", message, [{ path: "/auditEvents", message }]);
    },
  };
};

/** What the 1 MB limit counts: the body (the emulator's default) or, as the partner guide says, the events. */
export const requestSizeCounts: ReadingApplies<"requestSizeCounts"> = {
  body: unchanged,
  "summed-event-data": summedEventData,
};
