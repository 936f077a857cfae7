import { parseChannelArn } from "../../protocol/channelArn.ts";
import { callerView } from "../callerView.ts";
import { defaultEmulatorFixture } from "../defaultEmulatorFixture.ts";
import type { EventFailure } from "../stages.ts";
import type { Fault, ProbeAnswer } from "./fault.ts";
import { probeEvent, probeEventData, probeRequest } from "./probeRequests.ts";
import { replacing } from "./replacing.ts";

const TRIGGERS = callerView(defaultEmulatorFixture).targetFixtures;
const arnOf = (arn: string | undefined) => arn ?? "";

/** One valid event (for the channel owner) sent to `channelArn`, with these eventData changes. */
function onChannel(channelArn: string, query: Record<string, string> = {}, changes: Record<string, unknown> = {}) {
  const recipientAccountId = parseChannelArn(channelArn)?.account ?? "";
  const event = probeEvent("event-0", { eventData: probeEventData({ recipientAccountId, ...changes }) });
  return () => probeRequest([event], { channelArn, ...query });
}

const failedWith = (code: string): ProbeAnswer => ({ status: 200, successful: [], failed: { "event-0": code } });
const refusedWith = (error: string): ProbeAnswer => ({ status: 400, error });

/** A per-event stage that never answers `code`. */
const forgetting =
  <A extends unknown[]>(code: string, original: (...args: A) => EventFailure | undefined) =>
  (...args: A) => {
    const failure = original(...args);
    return failure?.errorCode === code ? undefined : failure;
  };

const partner = TRIGGERS.partnerChannel ?? { arn: "", externalId: "" };
const sourced = TRIGGERS.eventSourceChannel ?? { arn: "", eventSource: "" };

/** Faults of the answers only a service's state produces: partner policies, schemas, accounts, sources, faults. */
export const SERVICE_STATE_FAULTS: readonly Fault[] = [
  {
    id: "PartnerRefusedByOwnerCheck",
    description: "The resource policy is ignored: only the owner may put events, so an allowed partner is refused.",
    apply: replacing(
      "checkChannelOwner",
      (original) => (channel, caller) => original({ ...channel, allowedAccounts: [] }, caller),
    ),
    probe: {
      request: onChannel(partner.arn, { externalId: partner.externalId }),
      faithful: { status: 200, successful: ["event-0"] },
    },
  },
  {
    id: "PartnerExternalIdIgnored",
    description: "A channel with a partner policy accepts calls without the external id its policy requires.",
    apply: replacing(
      "checkExternalId",
      (original) => (channel, externalId) =>
        channel.allowedAccounts?.length ? undefined : original(channel, externalId),
    ),
    probe: { request: onChannel(partner.arn), faithful: refusedWith("ChannelInsufficientPermission") },
  },
  {
    id: "UnsupportedSchemaAccepted",
    description: "A channel whose schema is not supported takes the events instead of ChannelUnsupportedSchema.",
    apply: replacing(
      "checkChannelState",
      (original) => (channel, ctx) => original({ ...channel, unsupportedSchema: false }, ctx),
    ),
    probe: {
      request: onChannel(arnOf(TRIGGERS.unsupportedSchemaChannelArn)),
      faithful: refusedWith("ChannelUnsupportedSchema"),
    },
  },
  {
    id: "UnsupportedOperationAccepted",
    description:
      "An account where the operation is unsupported takes the events instead of UnsupportedOperationException.",
    apply: replacing("checkChannelState", (original) => (channel, ctx) => {
      const reply = original(channel, ctx);
      return reply?.name === "UnsupportedOperationException" ? undefined : reply;
    }),
    probe: {
      request: onChannel(arnOf(TRIGGERS.unsupportedOperationChannelArn)),
      faithful: refusedWith("UnsupportedOperationException"),
    },
  },
  {
    id: "EventSourceNotChecked",
    description: "A channel that takes one eventSource ingests events naming another one.",
    apply: replacing("checkEventSource", () => () => undefined),
    probe: {
      request: onChannel(sourced.arn, {}, { eventSource: `${sourced.eventSource}.other` }),
      faithful: failedWith("InvalidEventSource"),
    },
  },
  {
    id: "NotSubscribedAccepted",
    description: "Events to a channel of an account without a subscription are ingested.",
    apply: replacing("channelEventFailure", (original) => forgetting("AccountNotSubscribed", original)),
    probe: {
      request: onChannel(arnOf(TRIGGERS.notSubscribedChannelArn)),
      faithful: failedWith("AccountNotSubscribed"),
    },
  },
  {
    id: "ThrottledEventsReportedIngested",
    description: "Events the channel throttles are reported in `successful` though they were not stored.",
    apply: replacing("channelEventFailure", (original) => forgetting("Throttling", original)),
    probe: { request: onChannel(arnOf(TRIGGERS.throttlingChannelArn)), faithful: failedWith("Throttling") },
  },
  {
    id: "InternalFailureEventsReportedIngested",
    description: "Events that hit an internal failure are reported in `successful` though they were not stored.",
    apply: replacing("channelEventFailure", (original) => forgetting("InternalFailure", original)),
    probe: { request: onChannel(arnOf(TRIGGERS.internalFailureChannelArn)), faithful: failedWith("InternalFailure") },
  },
  {
    id: "ChannelQuotaIgnored",
    description: "A channel's transactions-per-second quota is never enforced: a request over it is ingested.",
    apply: replacing("checkChannelQuota", () => () => undefined),
    probe: {
      request: onChannel(arnOf(TRIGGERS.quotaExceededChannelArn)),
      faithful: { status: 429, error: "ThrottlingException" },
    },
  },
];
