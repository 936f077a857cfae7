import { PROBE_CHANNELS, probeEvent } from "../harness/emulator/faults/probeRequests.ts";
import type { CaseRequest } from "../harness/model/caseRequest.ts";

/** The smallest valid request: one event on the default fixture's open channel. */
export const oneEventRequest: CaseRequest = {
  query: { channelArn: PROBE_CHANNELS.own },
  body: { json: { auditEvents: [probeEvent("bench-event-1")] } },
};
