import fc from "fast-check";
import { auditEventMissingMember } from "../../generators/auditEventMissingMember.ts";
import { auditEventMistypedMember } from "../../generators/auditEventMistypedMember.ts";
import { requestBodyMissingAuditEvents } from "../../generators/requestBodyMissingAuditEvents.ts";
import { requestBodyMistypedAuditEvents } from "../../generators/requestBodyMistypedAuditEvents.ts";
import { requestBodyNotJsonObject } from "../../generators/requestBodyNotJsonObject.ts";
import { validAuditEvents } from "../../generators/validAuditEvents.ts";
import type { CaseContext, CaseDefinition } from "../../model/caseDefinition.ts";
import type { CaseInstance, CaseRequest } from "../../model/caseRequest.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { plantedInstance } from "../plantedInstance.ts";
import { readingAnswers, readingRejection } from "../readingAnswers.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

/** A whole body drawn from `body` (given the owner's account), sent to the caller's own channel. */
const withBody = (
  ctx: CaseContext,
  body: (recipientAccountId: string) => fc.Arbitrary<CaseRequest["body"]>,
  label: string,
): fc.Arbitrary<CaseInstance> => {
  const channelArn = fixtureOf(ctx, "ownChannelArn");
  return body(ownerAccountOf(channelArn)).map((b) => ({ request: requestFor(channelArn, b), label }));
};

const UNPARSEABLE = expectations.rejected(["SerializationException", "ValidationException"]);

export const malformedCases: readonly CaseDefinition[] = [
  {
    id: "BodyNotJsonObjectIsRejected",
    title: "A body that is not a JSON object is rejected with SerializationException",
    category: "malformed",
    documentation:
      "A body that does not parse ({[, trailing garbage, invalid UTF-8 in an id) or is JSON of another type ([], 10, null) cannot be deserialised. Reference: restJson1 servers answer it with 400 SerializationException; invalid UTF-8 may instead be decoded leniently and refused by the id's pattern (x-pae-readings invalidUtf8).",
    specRef: specRef.operation("/x-pae-common-errors/1"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      withBody(
        ctx,
        (recipientAccountId) => requestBodyNotJsonObject({ recipientAccountId }).map((raw) => ({ raw })),
        "body not a JSON object",
      ),
    expect: expectations.rejected(["SerializationException", ...readingRejection("invalidUtf8").errors]),
    tags: ["negative"],
  },
  {
    id: "EmptyBodyIsRejected",
    title: "An empty body is rejected",
    category: "malformed",
    documentation: "A request without a body lacks the required auditEvents. Spec: requestBody required: true.",
    specRef: specRef.operation("/requestBody/required"),
    needs: ["ownChannelArn"],
    generate: (ctx) => withBody(ctx, () => fc.constant({ raw: new Uint8Array(0) }), "empty body"),
    expect: UNPARSEABLE,
    tags: ["negative"],
  },
  {
    id: "MissingAuditEventsIsRejected",
    title: "A body without auditEvents is rejected",
    category: "malformed",
    documentation:
      "A body of {} (or with the events under a misspelt key) lacks the required member. Spec: PutAuditEventsRequest required: [auditEvents].",
    specRef: specRef.schema("/PutAuditEventsRequest/required"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      withBody(
        ctx,
        (recipientAccountId) => requestBodyMissingAuditEvents({ recipientAccountId }).map((json) => ({ json })),
        "no auditEvents",
      ),
    expect: expectations.rejected(["ValidationException"]),
    tags: ["negative"],
  },
  {
    id: "MistypedAuditEventsIsRejected",
    title: "An auditEvents that is not a list is rejected",
    category: "malformed",
    documentation:
      "auditEvents given as one event, a serialised list, null, a number or a boolean is refused. Spec: auditEvents type: array.",
    specRef: specRef.schema("/PutAuditEventsRequest/properties/auditEvents/type"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      withBody(
        ctx,
        (recipientAccountId) => requestBodyMistypedAuditEvents({ recipientAccountId }).map((json) => ({ json })),
        "mistyped auditEvents",
      ),
    expect: expectations.rejected(["ValidationException", "SerializationException"]),
    tags: ["negative"],
  },
  {
    id: "MissingEventDataIsRejected",
    title: "An event without eventData is rejected",
    category: "malformed",
    documentation:
      "An audit event without its required eventData is refused. Spec: AuditEvent required: [id, eventData].",
    specRef: specRef.schema("/AuditEvent/required"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      plantedInstance(ctx, {
        planted: (recipientAccountId) => auditEventMissingMember({ recipientAccountId, member: "eventData" }),
        mode: "refuse",
        label: "events without eventData",
      }),
    expect: expectations.rejected(["ValidationException", "SerializationException"]),
    tags: ["negative"],
  },
  {
    id: "MistypedEventDataIsRejected",
    title: "eventData given as an object instead of a string is rejected",
    category: "malformed",
    documentation:
      "An audit event whose eventData is the event object itself (a common integrator mistake) or another non-string is refused. Spec: eventData type: string, 'a JSON document serialised as a string'.",
    specRef: specRef.schema("/AuditEvent/properties/eventData/type"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      plantedInstance(ctx, {
        planted: (recipientAccountId) => auditEventMistypedMember({ recipientAccountId, member: "eventData" }),
        mode: "refuse",
        label: "events with eventData not a string",
      }),
    expect: expectations.rejected(["ValidationException", "SerializationException"]),
    tags: ["negative"],
  },
  {
    id: "WrongContentTypeIsObserved",
    title: "A valid body sent as text/plain",
    category: "malformed",
    documentation:
      "The body's media type is application/json; what a valid JSON body sent as text/plain gets is not published. Spec: requestBody content application/json; x-pae-readings wrongContentType.",
    specRef: specRef.operation("/requestBody/content/application~1json"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const channelArn = fixtureOf(ctx, "ownChannelArn");
      return validAuditEvents({ recipientAccountId: ownerAccountOf(channelArn), maxLength: 3 }).map((events) => ({
        request: requestFor(channelArn, events, { contentType: "text/plain" }),
        label: `${events.length} events as text/plain`,
      }));
    },
    expect: readingAnswers("wrongContentType"),
    tags: ["observed"],
    ingests: true,
  },
];
