import { channelArnParser } from "../../protocol/channelArn.ts";
import { channelArnStage } from "../channelArnStage.ts";
import { errorReply, isErrorReply } from "../reply.ts";
import { channelNotFound, findChannel } from "../stages/lookupChannel.ts";
import type { Fault } from "./fault.ts";
import { PROBE_CHANNELS, probeEvent, probeRequest } from "./probeRequests.ts";
import { renaming, replacing } from "./replacing.ts";

const OWN = PROBE_CHANNELS.own;
const unknownChannel = OWN.replace(/[0-9a-f]$/, (digit) => (digit === "f" ? "e" : "f"));
const otherRegionChannel = OWN.replace(/^(arn:[^:]+:cloudtrail:)[^:]+/, "$1eu-central-1");
const onChannel = (query: Record<string, string>) => () => probeRequest([probeEvent("event-0")], query);

/** Faults of the channel rules: the ARN's form, the channel's existence and region, its owner, its external id. */
export const CHANNEL_FAULTS: readonly Fault[] = [
  {
    id: "UnknownChannelAccepted",
    description: "A well-formed ARN of a channel that does not exist is accepted as a channel of the ARN's account.",
    apply: replacing("lookupChannel", (original) => (arn, ctx) => {
      const found = original(arn, ctx);
      return isErrorReply(found) && arn.region === ctx.fixture.region
        ? { arn: arn.arn, ownerAccountId: arn.accountId }
        : found;
    }),
    probe: { request: onChannel({ channelArn: unknownChannel }), faithful: { status: 400, error: "ChannelNotFound" } },
  },
  {
    id: "UnknownChannelAs500",
    description: "A channel that does not exist crashes the handler: 500 InternalFailure instead of ChannelNotFound.",
    apply: replacing("lookupChannel", (original) => renaming(original, "ChannelNotFound", "InternalFailure")),
    probe: { request: onChannel({ channelArn: unknownChannel }), faithful: { status: 400, error: "ChannelNotFound" } },
  },
  {
    id: "OtherRegionChannelAccepted",
    description: "Channels are looked up by account and id only, so a channel of another Region is accepted here.",
    apply: replacing("lookupChannel", () => (arn, ctx) => {
      const found = findChannel(
        arn,
        ctx,
        (wanted, candidate) => wanted.accountId === candidate.accountId && wanted.channelId === candidate.channelId,
      );
      return found ?? channelNotFound(arn);
    }),
    probe: {
      request: onChannel({ channelArn: otherRegionChannel }),
      faithful: { status: 400, error: "ChannelNotFound" },
    },
  },
  {
    id: "ForeignChannelAccepted",
    description: "The channel owner is never compared with the caller: another account's channel takes the events.",
    apply: replacing("checkChannelOwner", () => () => undefined),
    probe: {
      request: onChannel({ channelArn: PROBE_CHANNELS.foreign }),
      faithful: { status: 400, error: "ChannelInsufficientPermission" },
    },
  },
  {
    id: "ForeignChannelAsChannelNotFound",
    description: "Another account's channel is answered ChannelNotFound instead of ChannelInsufficientPermission.",
    apply: replacing("checkChannelOwner", (original) =>
      renaming(original, "ChannelInsufficientPermission", "ChannelNotFound"),
    ),
    probe: {
      request: onChannel({ channelArn: PROBE_CHANNELS.foreign }),
      faithful: { status: 400, error: "ChannelInsufficientPermission" },
    },
  },
  {
    id: "MissingExternalIdAccepted",
    description: "A channel that requires an external id accepts a call that sends none.",
    apply: replacing(
      "checkExternalId",
      (original) => (channel, externalId) => (externalId === undefined ? undefined : original(channel, externalId)),
    ),
    probe: {
      request: onChannel({ channelArn: PROBE_CHANNELS.externalId.arn }),
      faithful: { status: 400, error: "ChannelInsufficientPermission" },
    },
  },
  {
    id: "WrongExternalIdAccepted",
    description: "A channel that requires an external id accepts any external id, as long as one is sent.",
    apply: replacing(
      "checkExternalId",
      (original) => (channel, externalId) => (externalId === undefined ? original(channel, externalId) : undefined),
    ),
    probe: {
      request: onChannel({ channelArn: PROBE_CHANNELS.externalId.arn, externalId: "not-the-external-id" }),
      faithful: { status: 400, error: "ChannelInsufficientPermission" },
    },
  },
  {
    id: "NonChannelArnAsChannelNotFound",
    description: "An ARN that is not a channel ARN is answered ChannelNotFound instead of InvalidChannelARN.",
    apply: replacing("parseChannelArn", (original) => renaming(original, "InvalidChannelARN", "ChannelNotFound")),
    probe: {
      request: onChannel({ channelArn: "arn:aws:s3:::pae-bucket" }),
      faithful: { status: 400, error: "InvalidChannelARN" },
    },
  },
  {
    id: "NonChannelArnAccepted",
    description:
      "The ARN's service is not checked: a channel named under cloudtrail-data instead of cloudtrail is accepted.",
    apply: replacing("parseChannelArn", () =>
      channelArnStage(channelArnParser("arn:{partition}:{service}:{region}:{account}:channel/{channelId}")),
    ),
    probe: {
      request: onChannel({ channelArn: OWN.replace(":cloudtrail:", ":cloudtrail-data:") }),
      faithful: { status: 400, error: "InvalidChannelARN" },
    },
  },
  {
    id: "BadArnPatternAs500",
    description: "A channelArn that breaks ^arn:.*$ (and is no channel id) crashes the handler: 500 InternalFailure.",
    apply: replacing("violationReply", (original) => (violations) => {
      const badArn = violations.some((error) => error.instancePath === "/channelArn" && error.keyword === "pattern");
      return badArn ? errorReply("InternalFailure", "An internal error occurred.") : original(violations);
    }),
    probe: {
      request: onChannel({ channelArn: "urn:not-an-arn" }),
      faithful: { status: 400, error: "ValidationException" },
    },
  },
  {
    id: "MissingChannelArnAs500",
    description:
      "A request without channelArn crashes the handler: 500 InternalFailure instead of ValidationException.",
    apply: replacing("violationReply", (original) => (violations) => {
      const missing = violations.some(
        (error) => error.keyword === "required" && error.params.missingProperty === "channelArn",
      );
      return missing ? errorReply("InternalFailure", "An internal error occurred.") : original(violations);
    }),
    probe: { request: onChannel({}), faithful: { status: 400, error: "ValidationException" } },
  },
];
