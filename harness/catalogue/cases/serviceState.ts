import fc from "fast-check";
import { COMMON_ERRORS } from "../../../generated/constants.ts";
import { externalIdOtherThan } from "../../generators/externalIdOtherThan.ts";
import { integrationEventData } from "../../generators/integrationEventData.ts";
import { validAuditEvents } from "../../generators/validAuditEvents.ts";
import type { CaseDefinition } from "../../model/caseDefinition.ts";
import type { CaseInstance } from "../../model/caseRequest.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

const PER_EVENT_CODES = "/ResultErrorEntry/properties/errorCode/x-pae-per-event-error-codes";
/** Which error a missing or wrong externalId gets is not published (spec: x-pae-not-pinned-down). */
const NOT_PERMITTED = expectations.rejected(["ChannelInsufficientPermission", "AccessDeniedException"], [400, 403]);
/** ThrottlingException's documented statuses (spec: x-pae-common-errors). */
const THROTTLING_STATUSES = COMMON_ERRORS.find((error) => error.name === "ThrottlingException")?.status ?? [];

interface ToChannel {
  externalId?: fc.Arbitrary<string | undefined>;
  /** Rewrites each event's eventSource (the checksum follows). */
  eventSource?: (generated: string) => string;
  /** Every event is expected in `failed`. */
  markAll?: boolean;
  label: string;
}

/** Valid events (for the channel owner's account) sent to `channelArn`. */
function eventsTo(channelArn: string, options: ToChannel): fc.Arbitrary<CaseInstance> {
  const recipientAccountId = ownerAccountOf(channelArn);
  const { eventSource } = options;
  const eventData =
    eventSource === undefined
      ? undefined
      : integrationEventData({ recipientAccountId }).map((data) =>
          JSON.stringify({ ...data, eventSource: eventSource(String(data.eventSource)) }),
        );
  return fc
    .tuple(
      validAuditEvents({ recipientAccountId, maxLength: 3, ...(eventData === undefined ? {} : { eventData }) }),
      options.externalId ?? fc.constant(undefined),
    )
    .map(([events, externalId]) => ({
      request: requestFor(channelArn, events, externalId === undefined ? {} : { externalId }),
      label: `${events.length} events, ${options.label}`,
      ...(options.markAll ? { markedEventIds: events.map((event) => event.id) } : {}),
    }));
}

/**
 * The documented answers only a service's state produces: a partner's policy, a channel's schema, an account's
 * support and subscription, a channel's event sources, transient faults. Each needs a channel that is in that
 * state (the emulator's fixture has one of each; README, "Triggers").
 */
export const serviceStateCases: readonly CaseDefinition[] = [
  {
    id: "PartnerWithExternalIdIsAccepted",
    title: "A partner allowed by the channel's resource policy puts events with the right externalId",
    category: "external-id",
    documentation:
      "Another account's principal writes to the channel through its resource policy and sends the external id it requires. Reference: 'If the resource policy includes an external ID, all calls to the PutAuditEvents API must include the external ID.'",
    specRef: specRef.reference("channels-and-arns"),
    needs: ["partnerChannel"],
    generate: (ctx) => {
      const partner = fixtureOf(ctx, "partnerChannel");
      return eventsTo(partner.arn, { externalId: fc.constant(partner.externalId), label: "the partner's externalId" });
    },
    expect: expectations.ingested(),
    tags: ["positive", "fixture"],
    ingests: true,
  },
  {
    id: "PartnerWithoutExternalIdIsRejected",
    title: "A partner without the externalId the channel's policy requires is rejected",
    category: "external-id",
    documentation:
      "A partner call with no externalId or another one is refused; which error is not published. Reference: 'all calls to the PutAuditEvents API must include the external ID.'",
    specRef: specRef.reference("channels-and-arns"),
    needs: ["partnerChannel"],
    generate: (ctx) => {
      const partner = fixtureOf(ctx, "partnerChannel");
      const externalId = fc.option(externalIdOtherThan(partner.externalId), { nil: undefined, freq: 2 });
      return eventsTo(partner.arn, { externalId, label: "no or another externalId" });
    },
    expect: NOT_PERMITTED,
    tags: ["negative", "fixture"],
  },
  {
    id: "UnsupportedSchemaChannelIsRejected",
    title: "Events to a channel whose schema is not supported are rejected with ChannelUnsupportedSchema",
    category: "channel",
    documentation:
      "A channel whose event schema type the operation does not support refuses the request. Spec: ChannelUnsupportedSchema, 'The schema type of the event is not supported.'",
    specRef: specRef.operation("/x-pae-operation-errors/2"),
    needs: ["unsupportedSchemaChannelArn"],
    generate: (ctx) => eventsTo(fixtureOf(ctx, "unsupportedSchemaChannelArn"), { label: "unsupported schema" }),
    expect: expectations.rejected(["ChannelUnsupportedSchema"]),
    tags: ["negative", "fixture"],
  },
  {
    id: "UnsupportedOperationIsRejected",
    title: "Events in an account where the operation is unsupported are rejected with UnsupportedOperationException",
    category: "channel",
    documentation:
      "A call for a channel of an account (or Region) where PutAuditEvents is not supported is refused. Spec: UnsupportedOperationException, 'The operation is not supported in this region or account.'",
    specRef: specRef.operation("/x-pae-operation-errors/5"),
    needs: ["unsupportedOperationChannelArn"],
    generate: (ctx) => eventsTo(fixtureOf(ctx, "unsupportedOperationChannelArn"), { label: "unsupported account" }),
    expect: expectations.rejected(["UnsupportedOperationException"]),
    tags: ["negative", "fixture"],
  },
  {
    id: "OtherEventSourceFails",
    title: "Events naming another source than the channel's fail with InvalidEventSource",
    category: "event-data",
    documentation:
      "A (partner) channel takes events of its own source only; an eventSource naming another one fails the event, or the request is refused. Spec: per-event code InvalidEventSource, 'a partner channel's event names another source'.",
    specRef: specRef.schema(`${PER_EVENT_CODES}/5`),
    needs: ["eventSourceChannel"],
    generate: (ctx) => {
      const channel = fixtureOf(ctx, "eventSourceChannel");
      const other = (generated: string) => (generated === channel.eventSource ? `${generated}.other` : generated);
      return eventsTo(channel.arn, { eventSource: other, markAll: true, label: "another eventSource" });
    },
    expect: expectations.failedOrRejected("InvalidEventSource"),
    tags: ["negative", "per-event", "fixture"],
  },
  {
    id: "NotSubscribedAccountEventsFail",
    title: "Events to a channel of an account without a subscription fail with AccountNotSubscribed",
    category: "event-data",
    documentation:
      "Every event sent to a channel whose owner's account is not subscribed fails, or the request is refused. Spec: per-event code AccountNotSubscribed, 'account state'.",
    specRef: specRef.schema(`${PER_EVENT_CODES}/6`),
    needs: ["notSubscribedChannelArn"],
    generate: (ctx) =>
      eventsTo(fixtureOf(ctx, "notSubscribedChannelArn"), { markAll: true, label: "an unsubscribed account" }),
    expect: expectations.failedOrRejected("AccountNotSubscribed"),
    tags: ["negative", "per-event", "fixture"],
  },
  {
    id: "ThrottledEventsFail",
    title: "Events the target throttles fail with Throttling, never disappear",
    category: "event-data",
    documentation:
      "A target that throttles events reports each in `failed` with Throttling, or refuses the request. Spec: per-event code Throttling, 'a transient fault'.",
    specRef: specRef.schema(`${PER_EVENT_CODES}/7`),
    needs: ["throttlingChannelArn"],
    generate: (ctx) => eventsTo(fixtureOf(ctx, "throttlingChannelArn"), { markAll: true, label: "throttled" }),
    expect: expectations.failedOrRejected("Throttling"),
    tags: ["negative", "per-event", "fixture"],
  },
  {
    id: "InternalFailureEventsFail",
    title: "Events the target cannot store fail with InternalFailure, never disappear",
    category: "event-data",
    documentation:
      "A target with a transient internal fault reports each event in `failed` with InternalFailure, or refuses the request. Spec: per-event code InternalFailure, 'a transient fault'.",
    specRef: specRef.schema(`${PER_EVENT_CODES}/8`),
    needs: ["internalFailureChannelArn"],
    generate: (ctx) =>
      eventsTo(fixtureOf(ctx, "internalFailureChannelArn"), { markAll: true, label: "an internal failure" }),
    expect: expectations.failedOrRejected("InternalFailure"),
    tags: ["negative", "per-event", "fixture"],
  },
  {
    id: "QuotaExceededIsThrottled",
    title: "A request over the transactions-per-second quota is rejected with ThrottlingException",
    category: "channel",
    documentation:
      "A call to a channel whose quota is used up is throttled as a whole, none of its events ingested. Reference: 'a TPS quota exists'; spec: ThrottlingException (400/429), 'The request was throttled.'",
    specRef: specRef.operation("/x-pae-common-errors/7"),
    needs: ["quotaExceededChannelArn"],
    generate: (ctx) => eventsTo(fixtureOf(ctx, "quotaExceededChannelArn"), { label: "over the quota" }),
    expect: expectations.rejected(["ThrottlingException"], THROTTLING_STATUSES),
    tags: ["negative", "fixture"],
  },
];
