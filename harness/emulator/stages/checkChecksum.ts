import type { AuditEvent } from "../../../generated/api.ts";
import { eventDataChecksum } from "../../protocol/eventDataChecksum.ts";
import type { EventFailure } from "../stages.ts";

/** A checksum check with the given algorithm; the faithful one is the spec's base64 SHA-256. */
export function checksumCheckUsing(checksumOf: (eventData: string) => string) {
  return (event: AuditEvent): EventFailure | undefined => {
    if (event.eventDataChecksum === undefined || event.eventDataChecksum === checksumOf(event.eventData))
      return undefined;
    return { errorCode: "InvalidChecksum", errorMessage: "The eventDataChecksum does not match the eventData." };
  };
}

/** The only documented per-event rule: a checksum that is sent must match. */
export const checkChecksum = checksumCheckUsing(eventDataChecksum);
