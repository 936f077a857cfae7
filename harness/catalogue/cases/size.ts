import type fc from "fast-check";
import type { PutAuditEventsRequest } from "../../../generated/api.ts";
import { auditEvent } from "../../generators/auditEvent.ts";
import { eventDataOverEventSizeLimit } from "../../generators/eventDataOverEventSizeLimit.ts";
import { requestAtSizeBoundary } from "../../generators/requestAtSizeBoundary.ts";
import { requestOverSizeLimit } from "../../generators/requestOverSizeLimit.ts";
import { requestOverSizeLimitInBytesOnly } from "../../generators/requestOverSizeLimitInBytesOnly.ts";
import { utf8Bytes } from "../../generators/utf8Bytes.ts";
import type { CaseContext, CaseDefinition } from "../../model/caseDefinition.ts";
import type { CaseInstance } from "../../model/caseRequest.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { plantedInstance } from "../plantedInstance.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

type BodyArbitrary = (constraints: { recipientAccountId: string }) => fc.Arbitrary<PutAuditEventsRequest>;

/** A sized body sent to the caller's own channel, labelled with its size in bytes and UTF-16 units. */
const sized = (ctx: CaseContext, body: BodyArbitrary): fc.Arbitrary<CaseInstance> => {
  const channelArn = fixtureOf(ctx, "ownChannelArn");
  return body({ recipientAccountId: ownerAccountOf(channelArn) }).map((json) => {
    const text = JSON.stringify(json);
    return {
      request: requestFor(channelArn, json.auditEvents),
      label: `${json.auditEvents.length} events, ${utf8Bytes(text)} bytes, ${text.length} UTF-16 units`,
    };
  });
};

const TOO_LARGE = expectations.rejected(["ValidationException", "SerializationException"]);

export const sizeCases: readonly CaseDefinition[] = [
  {
    id: "OversizedRequestIsRejected",
    title: "A request over 1 MB is rejected",
    category: "size",
    documentation:
      "A request of more than 2^20 bytes (each event under 256 kB, at most 100 events) breaks the request limit. Spec: 'up to 100 of these events (or up to 1 MB) per PutAuditEvents request' (x-pae-request-size-limit.certainlyBeyond).",
    specRef: specRef.operation("/x-pae-request-size-limit/certainlyBeyond"),
    needs: ["ownChannelArn"],
    generate: (ctx) => sized(ctx, requestOverSizeLimit),
    expect: TOO_LARGE,
    tags: ["negative", "boundary", "heavy"],
    maxRuns: 2,
  },
  {
    id: "OversizedInBytesOnlyIsRejected",
    title: "A request over 1 MB in UTF-8 bytes but under 1 M characters is rejected",
    category: "size",
    documentation:
      "The limit counts bytes: a body of 3- and 4-byte characters, over the limit in bytes but under it in characters, is refused. Spec: x-pae-request-size-limit unit: bytes.",
    specRef: specRef.operation("/x-pae-request-size-limit/unit"),
    needs: ["ownChannelArn"],
    generate: (ctx) => sized(ctx, requestOverSizeLimitInBytesOnly),
    expect: TOO_LARGE,
    tags: ["negative", "boundary", "heavy", "unicode"],
    maxRuns: 2,
  },
  {
    id: "RequestAtSizeBoundaryIsObserved",
    title: "A request between 10^6 and 2^20 bytes",
    category: "size",
    documentation:
      "Whether 1 MB means 1,000,000 or 1,048,576 bytes is not published; a valid request in between is accepted or refused. Spec: x-pae-request-size-limit pinnedDown: false.",
    specRef: specRef.operation("/x-pae-request-size-limit/pinnedDown"),
    needs: ["ownChannelArn"],
    generate: (ctx) => sized(ctx, requestAtSizeBoundary),
    expect: expectations.observed(["ValidationException", "SerializationException"]),
    tags: ["observed", "boundary", "heavy"],
    maxRuns: 2,
    ingests: true,
  },
  {
    id: "OversizedEventIsRejected",
    title: "An event over 256 kB fails or is refused",
    category: "size",
    documentation:
      "An event whose eventData is more than 256 KiB, in a request under 1 MB, fails with FieldTooLong or the request is refused. Spec: x-pae-max-event-bytes, 'each event is not greater than 256 kB'.",
    specRef: specRef.schema("/AuditEvent/x-pae-max-event-bytes"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      plantedInstance(ctx, {
        planted: (recipientAccountId) =>
          auditEvent({ recipientAccountId, eventData: eventDataOverEventSizeLimit({ recipientAccountId }) }),
        mode: "mark",
        maxPlanted: 1,
        label: "event over 256 kB",
        shrinkable: false,
      }),
    expect: expectations.failedOrRejected("FieldTooLong"),
    tags: ["negative", "per-event", "heavy"],
    maxRuns: 3,
  },
];
