import { randomUUID } from "node:crypto";
import type { AuditEvent } from "../../generated/api.ts";
import type { EmulatorChannel } from "./emulatorFixture.ts";
import type { StoredEvent } from "./eventStore.ts";
import type { SuccessBody } from "./reply.ts";
import type { EmulatorContext } from "./stages.ts";

let lastMs = Number.NaN;
let lastIso = "";

/** The time now as ISO-8601, formatted once per millisecond: a loaded emulator answers several requests in one. */
function ingestionTimeNow(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastIso = new Date(ms).toISOString();
    lastMs = ms;
  }
  return lastIso;
}

/** Judges each event on its own: a failure goes to `failed`, the rest to `accepted` under a fresh eventID. */
export function ingestEvents(
  events: readonly AuditEvent[],
  channel: EmulatorChannel,
  ctx: EmulatorContext,
  accepted: StoredEvent[],
): SuccessBody {
  const body: SuccessBody = { successful: [], failed: [] };
  const ingestionTime = ingestionTimeNow();
  for (const event of events) {
    const failure =
      ctx.stages.channelEventFailure(channel, ctx) ??
      ctx.stages.checkChecksum(event) ??
      ctx.stages.judgeEventData(event.eventData, channel, ctx);
    if (failure !== undefined) {
      body.failed.push({ id: event.id, ...failure });
      continue;
    }
    const eventID = randomUUID();
    accepted.push({ eventID, id: event.id, channelArn: channel.arn, eventData: event.eventData, ingestionTime });
    body.successful.push({ id: event.id, eventID });
  }
  return body;
}
