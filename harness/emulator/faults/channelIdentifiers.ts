import { isErrorReply } from "../reply.ts";
import { findChannel } from "../stages/lookupChannel.ts";
import type { ParsedChannelArn, QueryValues } from "../stages.ts";
import type { Fault } from "./fault.ts";
import { PROBE_CHANNELS, probeEvent, probeRequest } from "./probeRequests.ts";
import { replacing } from "./replacing.ts";

const own = PROBE_CHANNELS.own;
const { arn: externalIdArn, externalId } = PROBE_CHANNELS.externalId;
const events = () => [probeEvent("event-0")];
const toOwn = (channelArn: string) => () => probeRequest(events(), { channelArn });
const rawQueryTo = (rawQuery: string) => () => ({ ...probeRequest(events()), query: {}, rawQuery });
const toExternalIdChannel = (sent: string) => () =>
  probeRequest(events(), { channelArn: externalIdArn, externalId: sent });
const accepted = { status: 200, successful: ["event-0"] };
const notPermitted = { status: 400, error: "ChannelInsufficientPermission" } as const;

/** Applies `edit` to every string value of a parsed query. */
const editQuery = (query: QueryValues, edit: (value: string) => string): QueryValues =>
  Object.fromEntries(
    Object.entries(query).map(([name, value]) => [name, typeof value === "string" ? edit(value) : value]),
  );
const decodedAgain = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};
const lower = (arn: ParsedChannelArn) => ({
  ...arn,
  partition: arn.partition.toLowerCase(),
  region: arn.region.toLowerCase(),
  channelId: arn.channelId.toLowerCase(),
});
/** `%3a` and the like: escapes with a lower-case hex digit, which RFC 3986 makes equal to `%3A`. */
const LOWER_HEX_ESCAPE = /%(?=[0-9a-fA-F]{2})(?=[0-9A-F]?[a-f])/g;

/** Faults that take a variant of a real channel's identifiers (case, whitespace, slash, encoding) for the real one. */
export const CHANNEL_IDENTIFIER_FAULTS: readonly Fault[] = [
  {
    id: "ChannelLookupCaseInsensitive",
    description: "Channels are looked up ignoring case, so arn:AWS:...:US-EAST-1:... reaches the real channel.",
    apply: replacing("lookupChannel", (original) => (arn, ctx) => {
      const found = findChannel(arn, ctx, (wanted, candidate) => {
        const [a, b] = [lower(wanted), lower(candidate)];
        return (
          a.partition === b.partition &&
          a.region === b.region &&
          a.accountId === b.accountId &&
          a.channelId === b.channelId
        );
      });
      return found === undefined ? original(arn, ctx) : found;
    }),
    probe: { request: toOwn(own.replace("arn:aws:", "arn:AWS:")), faithful: { status: 400, error: "ChannelNotFound" } },
  },
  {
    id: "ArnPrefixLowercased",
    description:
      "Everything before the channel id is lower-cased before parsing: arn:aws:CloudTrail:...:Channel/id is accepted.",
    apply: replacing("parseChannelArn", (original) => (value) => {
      const slash = value.lastIndexOf("/");
      return original(slash < 0 ? value : value.slice(0, slash).toLowerCase() + value.slice(slash));
    }),
    probe: {
      request: toOwn(own.replace(":cloudtrail:", ":CloudTrail:")),
      faithful: { status: 400, error: "InvalidChannelARN" },
    },
  },
  {
    id: "ChannelArnTrimmed",
    description: "The channelArn is trimmed, so one with surrounding whitespace reaches the real channel.",
    apply: replacing("parseQuery", (original) => (rawQuery) => {
      const query = original(rawQuery);
      if (isErrorReply(query) || typeof query.channelArn !== "string") return query;
      return { ...query, channelArn: query.channelArn.trim() };
    }),
    probe: { request: toOwn(`${own}\t`), faithful: { status: 400, error: "ChannelNotFound" } },
  },
  {
    id: "ChannelArnTrailingSlashIgnored",
    description: "Trailing slashes are stripped from the channelArn, so .../channel/id/ reaches the real channel.",
    apply: replacing("parseChannelArn", (original) => (value) => original(value.replace(/\/+$/, ""))),
    // The grammar reads everything after `channel/` as the id, so `id/` is a channel that does not exist.
    probe: { request: toOwn(`${own}/`), faithful: { status: 400, error: "ChannelNotFound" } },
  },
  {
    id: "ChannelIdMatchedByPrefix",
    description:
      "The channel is found when the sent id starts with its id, so the real id plus a character is accepted.",
    apply: replacing("lookupChannel", (original) => (arn, ctx) => {
      const found = findChannel(
        arn,
        ctx,
        (wanted, candidate) =>
          wanted.partition === candidate.partition &&
          wanted.region === candidate.region &&
          wanted.accountId === candidate.accountId &&
          wanted.channelId.startsWith(candidate.channelId),
      );
      return found ?? original(arn, ctx);
    }),
    probe: { request: toOwn(`${own}0`), faithful: { status: 400, error: "ChannelNotFound" } },
  },
  {
    id: "QueryDecodedTwice",
    description:
      "Query values are percent-decoded twice, so a doubly encoded channelArn (arn%253A...) reaches the channel.",
    apply: replacing("parseQuery", (original) => (rawQuery) => {
      const query = original(rawQuery);
      return isErrorReply(query) ? query : editQuery(query, decodedAgain);
    }),
    // Decoded once, the value has no `:`, so it is taken for a bare channel id that the caller does not have.
    probe: {
      request: rawQueryTo(`channelArn=${encodeURIComponent(encodeURIComponent(own))}`),
      faithful: { status: 400, error: "ChannelNotFound" },
    },
  },
  {
    id: "QueryLowercaseHexNotDecoded",
    description:
      "Only upper-case percent escapes are decoded, so channelArn=arn%3aaws%3a... is refused (a value without `:` is taken for an unknown bare channel id: ChannelNotFound).",
    apply: replacing("parseQuery", (original) => (rawQuery) => original(rawQuery.replace(LOWER_HEX_ESCAPE, "%25"))),
    probe: {
      request: rawQueryTo(`channelArn=${encodeURIComponent(own).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())}`),
      faithful: accepted,
    },
  },
  {
    id: "ExternalIdCaseInsensitive",
    description: "The external id is compared ignoring case: the channel's id in another case is accepted.",
    apply: replacing(
      "checkExternalId",
      (original) => (channel, sent) =>
        original(channel, sent?.toLowerCase() === channel.externalId?.toLowerCase() ? channel.externalId : sent),
    ),
    probe: { request: toExternalIdChannel(externalId.toUpperCase()), faithful: notPermitted },
  },
  {
    id: "ExternalIdPrefixAccepted",
    description: "An external id that starts with the channel's is accepted (a prefix comparison).",
    apply: replacing(
      "checkExternalId",
      (original) => (channel, sent) =>
        original(
          channel,
          channel.externalId !== undefined && sent?.startsWith(channel.externalId) ? channel.externalId : sent,
        ),
    ),
    probe: { request: toExternalIdChannel(`${externalId}/`), faithful: notPermitted },
  },
];
