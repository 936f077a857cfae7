import fc from "fast-check";
import type { AuditEvent } from "../../../generated/api.ts";
import { auditEventsWithBadAtPositions } from "../../generators/auditEventsWithBadAtPositions.ts";
import { auditEventsWithIdsDifferingInCase } from "../../generators/auditEventsWithIdsDifferingInCase.ts";
import { eventDataMissingField } from "../../generators/eventDataMissingField.ts";
import { eventDataNotJson } from "../../generators/eventDataNotJson.ts";
import { wrongChecksum } from "../../generators/wrongChecksum.ts";
import type { CaseContext, CaseDefinition } from "../../model/caseDefinition.ts";
import type { CaseInstance } from "../../model/caseRequest.ts";
import type { Expectation } from "../../model/expectation.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

/** Bad events for a recipient, given the valid event each replaces. */
type Bad = (recipientAccountId: string) => (replaced: AuditEvent) => fc.Arbitrary<Record<string, unknown>>;

/**
 * The per-event problems of the reference, each keeping the replaced event's id. The eventData arbitraries are
 * built once per case, not once per bad event drawn: building one cost as much as drawing several events.
 */
const perEventProblem: Bad = (recipientAccountId) => {
  const notJson = eventDataNotJson({ recipientAccountId });
  const missingField = eventDataMissingField({ recipientAccountId });
  return (replaced) =>
    fc.oneof(
      wrongChecksum(replaced.eventData).map((eventDataChecksum) => ({ ...replaced, eventDataChecksum })),
      fc.constant({ id: replaced.id, eventData: replaced.eventData, eventDataChecksum: "" }),
      notJson.map((eventData) => ({ id: replaced.id, eventData })),
      missingField.map((eventData) => ({ id: replaced.id, eventData })),
    );
};

/** Batches to the caller's own channel with `bad` events at the first, middle and/or last position. */
const batchWithBad = (ctx: CaseContext, bad: Bad, label: string, mark: boolean): fc.Arbitrary<CaseInstance> => {
  const channelArn = fixtureOf(ctx, "ownChannelArn");
  const recipientAccountId = ownerAccountOf(channelArn);
  return fc.noShrink(
    auditEventsWithBadAtPositions({
      recipientAccountId,
      optionalFields: "never",
      bad: bad(recipientAccountId),
    }).map(({ auditEvents, positions, badIds }) => ({
      request: requestFor(channelArn, auditEvents),
      label: `${auditEvents.length} events, ${label} at ${positions.join(", ")}`,
      ...(mark ? { markedEventIds: badIds } : {}),
    })),
  );
};

const PER_EVENT_FAILURE: Expectation = {
  accept: { failedCodes: ["InvalidChecksum", "InvalidData", "FieldNotFound"] },
  reject: { statuses: [400], errors: ["ValidationException"] },
};

export const batchPositionCases: readonly CaseDefinition[] = [
  {
    id: "BadEventsAtEveryPositionAreReported",
    title: "Bad events first, in the middle and last of a batch of up to 100 each fail",
    category: "checksum",
    documentation:
      "Batches of 4 to 100 events where the first, middle and/or last event has a wrong or empty checksum, eventData that is not JSON, or a missing required field: each bad event fails with its code (or the request is refused), every other one is ingested. Spec: 'If the checksum doesn't match with the one for the provided event, CloudTrail rejects the event with an InvalidChecksum error'; 'Missing required fields results in errors'.",
    specRef: specRef.schema("/AuditEvent/properties/eventDataChecksum/x-pae-checksum/onMismatch"),
    needs: ["ownChannelArn"],
    generate: (ctx) => batchWithBad(ctx, perEventProblem, "bad events", true),
    expect: PER_EVENT_FAILURE,
    tags: ["negative", "per-event", "position"],
    maxRuns: 25,
  },
  {
    id: "DuplicateIdOfBadEventIsRejected",
    title: "An id repeated on a bad event, first, in the middle or last, is still a duplicate",
    category: "duplicates",
    documentation:
      "A batch where a bad event (a wrong checksum) repeats the id of a valid event at the first, middle or last position is refused: ids must be unique whatever else is wrong with the events. Spec: DuplicatedAuditEventId, 'Two or more entries in the request have the same event ID.'",
    specRef: specRef.schema("/PutAuditEventsRequest/properties/auditEvents/x-pae-unique-items-by"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const channelArn = fixtureOf(ctx, "ownChannelArn");
      const recipientAccountId = ownerAccountOf(channelArn);
      const badCopy = (replaced: AuditEvent) =>
        wrongChecksum(replaced.eventData).map((eventDataChecksum) => ({ ...replaced, eventDataChecksum }));
      return fc.noShrink(
        auditEventsWithBadAtPositions({ recipientAccountId, optionalFields: "never", bad: badCopy, minLength: 6 }).map(
          ({ auditEvents, positions, badIndexes }) => {
            // Each bad event takes the id of its valid neighbour (with 6 events or more, never another bad one).
            const events = auditEvents.map((event, index) => {
              if (!badIndexes.includes(index)) return event;
              const neighbour = auditEvents[index === 0 ? 1 : index - 1];
              return { ...event, id: neighbour?.id };
            });
            return {
              request: requestFor(channelArn, events),
              label: `${events.length} events, a bad event repeating its neighbour's id at ${positions.join(", ")}`,
            };
          },
        ),
      );
    },
    expect: expectations.rejected(["DuplicatedAuditEventId", "ValidationException"]),
    tags: ["negative", "position"],
    maxRuns: 25,
  },
  {
    id: "IdsDifferingOnlyInCaseAreIngested",
    title: "Ids that differ only in letter case are different ids",
    category: "valid",
    documentation:
      "A batch holding both abc-1 and ABC-1 (and more such pairs) is ingested whole: the id pattern ^[-_A-Za-z0-9]+$ tells cases apart, so they are no duplicates. Spec: EventId pattern; DuplicatedAuditEventId only for 'the same event ID'.",
    specRef: specRef.schema("/EventId/pattern"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const channelArn = fixtureOf(ctx, "ownChannelArn");
      return auditEventsWithIdsDifferingInCase({ recipientAccountId: ownerAccountOf(channelArn) }).map((events) => ({
        request: requestFor(channelArn, events),
        label: `${events.length} events in pairs of ids differing in case`,
      }));
    },
    expect: expectations.ingested(),
    tags: ["positive"],
    ingests: true,
  },
  {
    id: "EmptyAuditEventObjectIsRejected",
    title: "An empty object among the audit events, first, in the middle or last, is rejected",
    category: "malformed",
    documentation:
      "A batch of valid events with {} at the first, middle and/or last position is refused: an AuditEvent requires id and eventData. Spec: AuditEvent required [id, eventData].",
    specRef: specRef.schema("/AuditEvent/required"),
    needs: ["ownChannelArn"],
    generate: (ctx) => batchWithBad(ctx, () => () => fc.constant({}), "{}", false),
    expect: expectations.rejected(["ValidationException", "SerializationException"]),
    tags: ["negative", "position"],
    maxRuns: 25,
  },
];
