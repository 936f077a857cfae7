import type { AuditEvent } from "../../../generated/api.ts";
import { eventDataChecksum } from "../../protocol/eventDataChecksum.ts";
import { isErrorReply } from "../reply.ts";
import { checkChecksum } from "../stages/checkChecksum.ts";
import type { Stages } from "../stages.ts";
import type { Fault } from "./fault.ts";
import { probeEvent, probeEventData, probeIds, probeRequest } from "./probeRequests.ts";
import { replacing } from "./replacing.ts";

/** DynamoDB's BatchWriteItem takes 25 items: a page size a real implementation could check per page. */
const PAGE = 25;
const WRONG = eventDataChecksum("another event");
const duplicated = { status: 400, error: "DuplicatedAuditEventId" } as const;

/**
 * Checksums of the events past the first page are never checked. The page is known where the whole list is
 * (the duplicate check), the checksum where one event is: the events past the page are remembered by identity.
 */
function checksumsOnFirstPage(stages: Stages): Stages {
  const pastFirstPage = new WeakSet<AuditEvent>();
  return {
    ...stages,
    checkDuplicateIds: (events) => {
      for (const event of events.slice(PAGE)) pastFirstPage.add(event);
      return stages.checkDuplicateIds(events);
    },
    checkChecksum: (event) => (pastFirstPage.has(event) ? undefined : stages.checkChecksum(event)),
  };
}

/** Faults of rules over a whole batch: where a bad event sits, what counts as a duplicate, empty values. */
export const BATCH_FAULTS: readonly Fault[] = [
  {
    id: "ChecksumsCheckedOnFirstPageOnly",
    description: `Checksums are compared for the first ${PAGE} events only; a wrong checksum later in the batch is ingested.`,
    apply: checksumsOnFirstPage,
    probe: {
      request: () =>
        probeRequest(
          probeIds(PAGE + 1).map((id, index) => probeEvent(id, index === PAGE ? { eventDataChecksum: WRONG } : {})),
        ),
      faithful: {
        status: 200,
        successful: probeIds(PAGE),
        failed: { [`event-${PAGE}`]: "InvalidChecksum" },
      },
    },
  },
  {
    id: "DuplicatesOfFailedEventsMissed",
    description:
      "Ids are compared only among events whose checksum matches: a repeated id on a bad event is not DuplicatedAuditEventId.",
    apply: replacing(
      "checkDuplicateIds",
      (original) => (events) => original(events.filter((event) => checkChecksum(event) === undefined)),
    ),
    probe: {
      request: () => probeRequest([probeEvent("event-0"), probeEvent("event-0", { eventDataChecksum: WRONG })]),
      faithful: duplicated,
    },
  },
  {
    id: "DuplicateIdsCaseInsensitive",
    description: "Ids are compared ignoring case: abc and ABC in one request are refused as DuplicatedAuditEventId.",
    apply: replacing(
      "checkDuplicateIds",
      (original) => (events) => original(events.map((event) => ({ ...event, id: event.id.toLowerCase() }))),
    ),
    probe: {
      request: () => probeRequest([probeEvent("event-a"), probeEvent("event-A")]),
      faithful: { status: 200, successful: ["event-a", "event-A"] },
    },
  },
  {
    id: "EmptyEventObjectsIgnored",
    description: "Empty objects in auditEvents are dropped before validation, so the rest of the batch is ingested.",
    apply: replacing("parseBody", (original) => (bytes) => {
      const body = original(bytes);
      if (isErrorReply(body) || !Array.isArray(body.auditEvents)) return body;
      const isEmpty = (event: unknown) =>
        typeof event === "object" && event !== null && !Array.isArray(event) && Object.keys(event).length === 0;
      return { ...body, auditEvents: body.auditEvents.filter((event) => !isEmpty(event)) };
    }),
    probe: {
      request: () => probeRequest([probeEvent("event-0"), {}]),
      faithful: { status: 400, error: "ValidationException" },
    },
  },
  {
    id: "EmptyChecksumIgnored",
    description: "An empty eventDataChecksum is taken as absent (a falsy test), so the event is ingested unchecked.",
    apply: replacing(
      "checkChecksum",
      (original) => (event) => (event.eventDataChecksum === "" ? undefined : original(event)),
    ),
    probe: {
      request: () => probeRequest([probeEvent("event-0", { eventData: probeEventData(), eventDataChecksum: "" })]),
      faithful: { status: 200, failed: { "event-0": "InvalidChecksum" } },
    },
  },
];
