import fc from "fast-check";
import { EVENT_ID, EVENTS_PER_REQUEST, EXTERNAL_ID } from "../../../generated/constants.ts";
import { auditEvent } from "../../generators/auditEvent.ts";
import { eventId } from "../../generators/eventId.ts";
import { externalId } from "../../generators/externalId.ts";
import { integrationEventData } from "../../generators/integrationEventData.ts";
import { requestNearSizeLimit } from "../../generators/requestNearSizeLimit.ts";
import { validAuditEvents } from "../../generators/validAuditEvents.ts";
import type { CaseContext, CaseDefinition } from "../../model/caseDefinition.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

const ownChannel = (ctx: CaseContext) => {
  const channelArn = fixtureOf(ctx, "ownChannelArn");
  return { channelArn, recipientAccountId: ownerAccountOf(channelArn) };
};

/** An id of `length` code points holding both `-` and `_` (length >= 2), or one of them (length 1). */
const idWithDashAndUnderscore = (length: number) =>
  fc
    .tuple(
      eventId({ minLength: Math.max(0, length - 2), maxLength: Math.max(0, length - 2) }),
      fc.constantFrom("-_", "_-"),
    )
    .map(([rest, marks]) => `${marks}${rest}`.slice(0, length));

export const validCases: readonly CaseDefinition[] = [
  {
    id: "ValidBatchIsIngested",
    title: "A batch of valid events is ingested",
    category: "valid",
    documentation:
      "1 to 100 valid events (unicode eventData, checksums correct or absent) are all listed in successful. Spec: 'You can add up to 100 of these events (or up to 1 MB) per PutAuditEvents request.'",
    specRef: specRef.schema("/PutAuditEventsRequest/properties/auditEvents"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const { channelArn, recipientAccountId } = ownChannel(ctx);
      return validAuditEvents({ recipientAccountId }).map((events) => ({
        request: requestFor(channelArn, events),
        label: `${events.length} valid events`,
      }));
    },
    expect: expectations.ingested(),
    tags: ["positive"],
    ingests: true,
  },
  {
    id: "MaxEventsAreAccepted",
    title: "Exactly the maximum number of events is accepted",
    category: "valid",
    documentation:
      "A batch of exactly maxItems (100) plain valid events (required fields only, canonical JSON) is ingested. Spec: auditEvents maxItems: 100.",
    specRef: specRef.schema("/PutAuditEventsRequest/properties/auditEvents/maxItems"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const { channelArn, recipientAccountId } = ownChannel(ctx);
      const count = EVENTS_PER_REQUEST.maxItems;
      // The count is the rule here: plain events (required fields, canonical JSON) keep the 100 light;
      // ValidBatchIsIngested and the formatting cases cover the fields and the formats.
      const eventData = integrationEventData({
        recipientAccountId,
        optionalFields: "never",
        fieldAtMaxLength: "never",
      });
      return validAuditEvents({
        recipientAccountId,
        minLength: count,
        maxLength: count,
        eventData: eventData.map((data) => JSON.stringify(data)),
      }).map((events) => ({ request: requestFor(channelArn, events), label: `${events.length} events` }));
    },
    expect: expectations.ingested(),
    tags: ["positive", "boundary"],
    ingests: true,
  },
  {
    id: "IdBoundsAreAccepted",
    title: "Ids of the minimum and maximum length, with - and _, are accepted",
    category: "valid",
    documentation:
      "Ids of 1 and 128 code points made of the whole alphabet, including - and _, are ingested. Spec: EventId minLength 1, maxLength 128, pattern ^[-_A-Za-z0-9]+$.",
    specRef: specRef.schema("/EventId"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const { channelArn, recipientAccountId } = ownChannel(ctx);
      const event = (id: fc.Arbitrary<string>) => auditEvent({ recipientAccountId, id });
      return fc
        .tuple(event(idWithDashAndUnderscore(EVENT_ID.minLength)), event(idWithDashAndUnderscore(EVENT_ID.maxLength)))
        .map((events) => ({
          request: requestFor(channelArn, events),
          label: `ids of ${events.map((e) => e.id.length).join(" and ")} characters`,
        }));
    },
    expect: expectations.ingested(),
    tags: ["positive", "boundary"],
    ingests: true,
  },
  {
    id: "ExternalIdBoundsAreAccepted",
    title: "External ids of the minimum and maximum length, with every special character, are accepted",
    category: "valid",
    documentation:
      "A channel without an external id in its policy accepts an externalId of 2 and of 1224 code points using +=,.@:/-_. Spec: ExternalId minLength 2, maxLength 1224, pattern ^[\\w+=,.@:\\/-]*$; 'if the policy does not define an external ID, you can still call the PutAuditEvents API and specify an externalId parameter.'",
    specRef: specRef.schema("/ExternalId"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const { channelArn, recipientAccountId } = ownChannel(ctx);
      const shortest = externalId({ minLength: EXTERNAL_ID.minLength, maxLength: EXTERNAL_ID.minLength });
      const longest = externalId({ minLength: EXTERNAL_ID.maxLength, everySpecialCharacter: true });
      return fc
        .tuple(fc.oneof(shortest, longest), validAuditEvents({ recipientAccountId, maxLength: 3 }))
        .map(([id, events]) => ({
          request: requestFor(channelArn, events, { externalId: id }),
          label: `externalId of ${id.length} characters`,
        }));
    },
    expect: expectations.ingested(),
    tags: ["positive", "boundary"],
    ingests: true,
  },
  {
    id: "CorrectExternalIdIsAccepted",
    title: "The external id the channel's policy requires is accepted",
    category: "valid",
    documentation:
      "Events sent with the external id of the channel's resource policy are ingested. Spec: externalId is 'conditionally required when the channel's resource policy includes an external ID'.",
    specRef: specRef.operation("/parameters/1/x-pae-conditionally-required"),
    needs: ["externalIdChannel"],
    generate: (ctx) => {
      const channel = fixtureOf(ctx, "externalIdChannel");
      return validAuditEvents({ recipientAccountId: ownerAccountOf(channel.arn), maxLength: 5 }).map((events) => ({
        request: requestFor(channel.arn, events, { externalId: channel.externalId }),
        label: `${events.length} events with the policy's externalId`,
      }));
    },
    expect: expectations.ingested(),
    tags: ["positive", "fixture"],
    ingests: true,
  },
  {
    id: "RequestNearSizeLimitIsAccepted",
    title: "A request just under 1 MB is accepted",
    category: "valid",
    documentation:
      "A valid request just under the certainly-within bound of the 1 MB limit (in bytes) is ingested. Spec: 'up to 100 of these events (or up to 1 MB) per PutAuditEvents request' (x-pae-request-size-limit.certainlyWithin).",
    specRef: specRef.operation("/x-pae-request-size-limit/certainlyWithin"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const { channelArn, recipientAccountId } = ownChannel(ctx);
      return requestNearSizeLimit({ recipientAccountId }).map((body) => ({
        request: requestFor(channelArn, body.auditEvents),
        label: `${body.auditEvents.length} events, ${Buffer.byteLength(JSON.stringify(body))} bytes`,
      }));
    },
    expect: expectations.ingested(),
    tags: ["positive", "boundary", "heavy"],
    maxRuns: 2,
    ingests: true,
  },
];
