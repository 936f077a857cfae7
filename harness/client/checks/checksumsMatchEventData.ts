import { fail, pass, skipped } from "../../checks/verdicts.ts";
import { eventDataChecksum } from "../../protocol/eventDataChecksum.ts";
import { auditEventsOf } from "../auditEventsOf.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "checksumsMatchEventData";

interface EventFields {
  eventData?: unknown;
  eventDataChecksum?: unknown;
}

/** An eventDataChecksum, when sent, is base64 of the SHA-256 of eventData's UTF-8 bytes. */
export const checksumsMatchEventData: ClientRequestCheck = (_request, { view }) => {
  const events = view.body.parsed ? auditEventsOf(view.body.json) : undefined;
  if (events === undefined) return skipped(CHECK, "no auditEvents to read");
  let sent = 0;
  for (const [index, event] of events.entries()) {
    const { eventData, eventDataChecksum: checksum } = (event ?? {}) as EventFields;
    if (checksum === undefined) continue;
    sent += 1;
    const want = typeof eventData === "string" ? eventDataChecksum(eventData) : "(eventData is not a string)";
    if (checksum !== want) {
      return fail(CHECK, {
        expected: want,
        actual: String(checksum),
        path: `/auditEvents/${index}/eventDataChecksum`,
        reason: `event ${index}'s eventDataChecksum does not match its eventData`,
      });
    }
  }
  return pass(CHECK, { reason: `${sent} of ${events.length} events carry a checksum; all match` });
};
