import fc from "fast-check";
import { EVENT_DATA_OBJECT_BYTE_LIMITS } from "../../../generated/constants.ts";
import { auditEventsWithPlanted } from "../../generators/auditEventsWithPlanted.ts";
import {
  EVENT_DATA_OBJECT_PATHS,
  type EventDataObjectPath,
  eventDataWithObjectsOfBytes,
} from "../../generators/eventDataWithObjectsOfBytes.ts";
import type { CaseContext, CaseDefinition } from "../../model/caseDefinition.ts";
import type { CaseInstance } from "../../model/caseRequest.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

const limitOf = (path: EventDataObjectPath) => EVENT_DATA_OBJECT_BYTE_LIMITS[path];

/**
 * Valid events with 1 or 2 events carrying objects of the given sizes (marked when `mark`); heavy, so never
 * shrunk.
 */
const withObjects = (
  ctx: CaseContext,
  eventData: (recipientAccountId: string) => fc.Arbitrary<string>,
  label: string,
  mark: boolean,
): fc.Arbitrary<CaseInstance> => {
  const channelArn = fixtureOf(ctx, "ownChannelArn");
  const recipientAccountId = ownerAccountOf(channelArn);
  return fc.noShrink(
    auditEventsWithPlanted({
      recipientAccountId,
      planted: eventData(recipientAccountId).map((data) => ({ eventData: data })),
      maxPlanted: 2,
      maxValid: 3,
    }).map(({ auditEvents, plantedIds, plantedCount }) => ({
      request: requestFor(channelArn, auditEvents),
      label: `${auditEvents.length} events, ${plantedCount} ${label}`,
      ...(mark ? { markedEventIds: plantedIds } : {}),
    })),
  );
};

export const eventDataObjectCases: readonly CaseDefinition[] = [
  {
    id: "EventDataObjectsWithinLimitsAreAccepted",
    title:
      "requestParameters, responseElements and additionalEventData at 100,000, 100,000 and 28,000 bytes are ingested",
    category: "valid",
    documentation:
      "Events whose objects serialise to exactly the certainly-within size of their own limit (100 kB and 28 kB read as 10^3 bytes a kB), one, two or all three in one event, are ingested: each object is judged by its own limit. Spec: x-pae-max-serialized-bytes certainlyWithin; 'requestParameters and responseElements at most 100 kB each, additionalEventData at most 28 kB'.",
    specRef: specRef.eventSchema("/properties/requestParameters/x-pae-max-serialized-bytes/certainlyWithin"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      withObjects(
        ctx,
        (recipientAccountId) =>
          eventDataWithObjectsOfBytes({ recipientAccountId, bytes: (path) => limitOf(path).certainlyWithin }),
        "events with objects at their certainly-within size",
        false,
      ),
    expect: expectations.ingested(),
    tags: ["positive", "boundary", "heavy"],
    maxRuns: 4,
    ingests: true,
  },
  {
    id: "EventDataObjectAtKibLimitIsObserved",
    title: "An object of exactly 102,400 (or 28,672) bytes: within if a kB is 1024 bytes, over if 1000",
    category: "event-data",
    documentation:
      "Whether the objects' kB is 1000 or 1024 bytes is not published, so an object of exactly certainlyBeyond - 1 bytes may be ingested or fail with FieldTooLong (or the request be refused), recorded as observed. Spec: x-pae-max-serialized-bytes nominal, certainlyWithin, certainlyBeyond.",
    specRef: specRef.eventSchema("/properties/requestParameters/x-pae-max-serialized-bytes/nominal"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      withObjects(
        ctx,
        (recipientAccountId) =>
          fc.constantFrom(...EVENT_DATA_OBJECT_PATHS).chain((path) =>
            eventDataWithObjectsOfBytes({
              recipientAccountId,
              paths: [path],
              bytes: (p) => limitOf(p).certainlyBeyond - 1,
            }),
          ),
        "events with an object at the 1024-byte kB limit",
        true,
      ),
    expect: {
      ...expectations.failedOrRejected("FieldTooLong"),
      accept: { failedCodes: ["FieldTooLong"], markedMaySucceed: true },
      observed: true,
    },
    tags: ["observed", "boundary", "heavy"],
    maxRuns: 3,
  },
  {
    id: "EventDataObjectOverLimitInBytesOnlyIsRejected",
    title:
      "An object over its byte limit in two-byte characters, though under it in characters, fails with FieldTooLong",
    category: "event-data",
    documentation:
      "An event whose requestParameters, responseElements or additionalEventData is padded with é (2 bytes of UTF-8, 1 UTF-16 unit) to more than certainlyBeyond bytes, still under certainlyWithin characters, fails or the request is refused: the limit counts bytes. Spec: x-pae-max-serialized-bytes; 'content exceeding the limit is rejected'.",
    specRef: specRef.eventSchema("/properties/requestParameters/x-pae-max-serialized-bytes/certainlyBeyond"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      withObjects(
        ctx,
        (recipientAccountId) =>
          fc
            .tuple(fc.constantFrom(...EVENT_DATA_OBJECT_PATHS), fc.integer({ min: 2, max: 4096 }))
            .chain(([path, excess]) =>
              eventDataWithObjectsOfBytes({
                recipientAccountId,
                paths: [path],
                bytes: (p) => limitOf(p).certainlyBeyond + excess,
                padding: "é",
              }),
            ),
        "events with an object over its limit in bytes only",
        true,
      ),
    expect: expectations.failedOrRejected("FieldTooLong"),
    tags: ["negative", "per-event", "boundary", "heavy"],
    maxRuns: 3,
  },
];
