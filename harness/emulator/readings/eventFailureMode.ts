import { replacing } from "../faults/replacing.ts";
import { errorReply } from "../reply.ts";
import { type ReadingApplies, unchanged } from "./reading.ts";

/** A bad event fails alone in `failed` (the default), or refuses the whole request with ValidationException. */
export const eventFailureMode: ReadingApplies<"eventFailureMode"> = {
  "per-event": unchanged,
  "whole-request": replacing("checkBatch", (original) => (events, channel, ctx) => {
    for (const event of events) {
      const failure = ctx.stages.checkChecksum(event) ?? ctx.stages.judgeEventData(event.eventData, channel, ctx);
      if (failure !== undefined)
        return errorReply("ValidationException", `${failure.errorCode}: ${failure.errorMessage}`, [
          { path: "/auditEvents", message: failure.errorMessage },
        ]);
    }
    return original(events, channel, ctx);
  }),
};
