import {
  EVENT_DATA_OBJECT_BYTE_LIMITS,
  EVENT_ID,
  EVENT_SIZE_LIMIT,
  EVENTS_PER_REQUEST,
  EXTERNAL_ID,
  REQUEST_SIZE_LIMIT,
} from "../../../generated/constants.ts";
import { SIZE_LIMIT_MARGIN } from "../../generators/requestOverSizeLimit.ts";
import { utf8Bytes } from "../../generators/utf8Bytes.ts";
import type { CaseInstance } from "../../model/caseRequest.ts";
import { parseChannelArn } from "../../protocol/channelArn.ts";
import { eventDataChecksum } from "../../protocol/eventDataChecksum.ts";
import { REQUEST_SPACE_CASE_PROPERTIES } from "./requestSpaceCaseProperties.ts";
import {
  emptyRequiredStrings,
  eventDataErrors,
  isValidEvent,
  onlyBodyErrors,
  parsedEventData,
  plantsBadEvents,
  read,
  TEST_CONTEXT,
} from "./testContext.ts";

export interface CaseProperty {
  /** What every instance of the case must be, as a sentence. */
  want: string;
  holds: (instance: CaseInstance) => boolean;
}

const fixtures = TEST_CONTEXT.fixtures;
const own = fixtures.ownChannelArn ?? "";
const ids = (instance: CaseInstance) => read.events(instance).map((event) => String(event.id));
const eventsValid = (instance: CaseInstance, owner?: string) =>
  read.bodyValid(instance) &&
  new Set(ids(instance)).size === ids(instance).length &&
  read.events(instance).every((e) => isValidEvent(e, owner));
const allValid = (instance: CaseInstance) => eventsValid(instance) && read.queryValid(instance);
const channel = (instance: CaseInstance) => instance.request.query.channelArn;
const ownerOf = (instance: CaseInstance) => parseChannelArn(channel(instance) ?? "")?.account;
const allMarked = (instance: CaseInstance) =>
  ids(instance).length > 0 && ids(instance).every((id) => instance.markedEventIds?.includes(id));
const sourceOf = (event: Record<string, unknown>) => (parsedEventData(event) as { eventSource?: unknown }).eventSource;
const externalId = (instance: CaseInstance) => [...(instance.request.query.externalId ?? "")].length;
const errorsOnly = (keyword: string, path: RegExp) => (errors: string[]) =>
  errors.length > 0 && errors.every((e) => e.startsWith(`${keyword} `) && path.test(e.slice(keyword.length + 1)));
const eventDataFailsWith = (keyword: string) => (event: Record<string, unknown>) => {
  const errors = eventDataErrors(event);
  return errors.length > 0 && errors.every((error) => error.startsWith(keyword));
};
/** Over the limit under every reading: summed eventData a margin past 2^20 bytes. */
const WELL_BEYOND = REQUEST_SIZE_LIMIT.certainlyBeyond + SIZE_LIMIT_MARGIN;
const summedEventData = (instance: CaseInstance) =>
  read.events(instance).reduce((sum, event) => sum + utf8Bytes(String(event.eventData)), 0);
const objectBytes = (event: Record<string, unknown>) =>
  Object.entries(EVENT_DATA_OBJECT_BYTE_LIMITS).some(([pointer, limit]) => {
    const value = (parsedEventData(event) as Record<string, unknown>)[pointer.slice(1)];
    return value !== undefined && utf8Bytes(JSON.stringify(value)) > limit.certainlyBeyond;
  });
const notJsonObject = (instance: CaseInstance) => {
  try {
    const { body } = instance.request;
    if (!("raw" in body)) return false;
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body.raw));
    return typeof value !== "object" || value === null || Array.isArray(value);
  } catch {
    return true;
  }
};

/** For every case, what its arbitrary must produce (checked on a few samples with a fixed seed). */
export const CASE_PROPERTIES: Record<string, CaseProperty> = {
  ValidBatchIsIngested: {
    want: "valid events with unique ids, under 1 MB",
    holds: (i) => allValid(i) && read.bytes(i) < REQUEST_SIZE_LIMIT.certainlyWithin,
  },
  MaxEventsAreAccepted: {
    want: "exactly maxItems valid events",
    holds: (i) => allValid(i) && ids(i).length === EVENTS_PER_REQUEST.maxItems,
  },
  IdBoundsAreAccepted: {
    want: "valid events with ids of the minimum and maximum length, with - and _",
    holds: (i) =>
      allValid(i) &&
      ids(i).some((id) => id.length === EVENT_ID.minLength) &&
      ids(i).some((id) => id.length === EVENT_ID.maxLength && id.includes("-") && id.includes("_")),
  },
  ExternalIdBoundsAreAccepted: {
    want: "valid events to the own channel with an externalId of the minimum or maximum length",
    holds: (i) =>
      allValid(i) &&
      channel(i) === own &&
      [externalId(i)].some((length) => length === EXTERNAL_ID.minLength || length === EXTERNAL_ID.maxLength),
  },
  CorrectExternalIdIsAccepted: {
    want: "valid events with the channel's externalId",
    holds: (i) =>
      allValid(i) &&
      channel(i) === fixtures.externalIdChannel?.arn &&
      i.request.query.externalId === fixtures.externalIdChannel?.externalId,
  },
  RequestNearSizeLimitIsAccepted: {
    want: "valid events, the body just under certainlyWithin bytes, each event under the event limit",
    holds: (i) =>
      allValid(i) &&
      read.bytes(i) < REQUEST_SIZE_LIMIT.certainlyWithin &&
      read.bytes(i) > 0.99 * REQUEST_SIZE_LIMIT.certainlyWithin &&
      read.events(i).every((e) => utf8Bytes(JSON.stringify(e)) < EVENT_SIZE_LIMIT.certainlyWithin),
  },
  ZeroEventsAreRejected: { want: "no events", holds: (i) => onlyBodyErrors(i, /^minItems \/auditEvents$/) },
  OverMaxEventsAreRejected: {
    want: "over maxItems events, nothing else wrong",
    holds: (i) => onlyBodyErrors(i, /^maxItems \/auditEvents$/) && new Set(ids(i)).size === ids(i).length,
  },
  IdOverMaxLengthIsRejected: {
    want: "one id over the maximum length",
    holds: (i) => onlyBodyErrors(i, /^maxLength \/auditEvents\/\d+\/id$/),
  },
  EmptyIdIsRejected: {
    want: "one empty id (it breaks minLength and the + of the pattern)",
    holds: (i) => onlyBodyErrors(i, /^(minLength|pattern) \/auditEvents\/\d+\/id$/) && ids(i).includes(""),
  },
  IdBreakingPatternIsRejected: {
    want: "one id breaking the pattern",
    holds: (i) => onlyBodyErrors(i, /^pattern \/auditEvents\/\d+\/id$/),
  },
  MissingIdIsRejected: {
    want: "events without an id",
    holds: (i) => onlyBodyErrors(i, /^required \/auditEvents\/\d+$/),
  },
  MistypedIdIsRejected: {
    want: "events whose id is not a string",
    holds: (i) => onlyBodyErrors(i, /^type \/auditEvents\/\d+\/id$/),
  },
  DuplicateIdsAreRejected: {
    want: "a schema-valid body where an id repeats",
    holds: (i) => read.bodyValid(i) && new Set(ids(i)).size < ids(i).length,
  },
  ExternalIdTooShortIsRejected: {
    want: "a non-empty externalId under the minimum (empty is observed)",
    holds: (i) =>
      errorsOnly("minLength", /^\/externalId$/)(read.queryErrors(i)) && read.bodyValid(i) && externalId(i) > 0,
  },
  ExternalIdEmptyIsObserved: {
    want: "valid events to the own channel with externalId=",
    holds: (i) => eventsValid(i) && channel(i) === own && i.request.query.externalId === "",
  },
  ExternalIdOverMaxLengthIsRejected: {
    want: "an externalId over the maximum",
    holds: (i) => errorsOnly("maxLength", /^\/externalId$/)(read.queryErrors(i)) && read.bodyValid(i),
  },
  ExternalIdBreakingPatternIsRejected: {
    want: "an externalId breaking the pattern",
    holds: (i) => errorsOnly("pattern", /^\/externalId$/)(read.queryErrors(i)) && read.bodyValid(i),
  },
  MissingExternalIdIsRejected: {
    want: "valid events to the externalId channel without externalId",
    holds: (i) =>
      allValid(i) && channel(i) === fixtures.externalIdChannel?.arn && i.request.query.externalId === undefined,
  },
  WrongExternalIdIsRejected: {
    want: "valid events to the externalId channel with another valid externalId",
    holds: (i) =>
      allValid(i) &&
      channel(i) === fixtures.externalIdChannel?.arn &&
      i.request.query.externalId !== fixtures.externalIdChannel?.externalId,
  },
  MissingChannelArnIsRejected: {
    want: "no channelArn",
    holds: (i) => read.bodyValid(i) && errorsOnly("required", /^$/)(read.queryErrors(i)),
  },
  ChannelArnBreakingPatternIsRejected: {
    want: "a channelArn breaking the pattern, never the own channel's id",
    holds: (i) =>
      errorsOnly("pattern", /^\/channelArn$/)(read.queryErrors(i)) && channel(i) !== parseChannelArn(own)?.channelId,
  },
  NonChannelArnIsRejected: {
    want: "an ARN that is not a channel ARN",
    holds: (i) => read.queryValid(i) && parseChannelArn(channel(i) ?? "") === undefined,
  },
  UnknownChannelIsRejected: {
    want: "a channel ARN of the caller's account and Region that is no fixture",
    holds: (i) =>
      allValid(i) &&
      parseChannelArn(channel(i) ?? "")?.account === TEST_CONTEXT.callerAccountId &&
      ![own, fixtures.externalIdChannel?.arn].includes(channel(i)),
  },
  OtherRegionChannelIsRejected: {
    want: "the own channel's id in another Region",
    holds: (i) =>
      allValid(i) &&
      parseChannelArn(channel(i) ?? "")?.region !== TEST_CONTEXT.region &&
      parseChannelArn(channel(i) ?? "")?.channelId === parseChannelArn(own)?.channelId,
  },
  ForeignChannelIsRejected: {
    want: "valid events to the foreign channel",
    holds: (i) =>
      channel(i) === fixtures.foreignChannelArn && eventsValid(i, parseChannelArn(channel(i) ?? "")?.account),
  },
  BareChannelIdIsObserved: {
    want: "valid events to the own channel's bare id",
    holds: (i) => eventsValid(i) && channel(i) === parseChannelArn(own)?.channelId,
  },
  OversizedRequestIsRejected: {
    want: "a valid body whose summed eventData (so the body too) is a margin over certainlyBeyond bytes",
    holds: (i) => read.bodyValid(i) && summedEventData(i) >= WELL_BEYOND && read.bytes(i) >= WELL_BEYOND,
  },
  OversizedInBytesOnlyIsRejected: {
    want: "characters < certainlyWithin < certainlyBeyond <= bytes",
    holds: (i) =>
      read.bodyValid(i) &&
      read.text(i).length < REQUEST_SIZE_LIMIT.certainlyWithin &&
      read.bytes(i) >= WELL_BEYOND &&
      summedEventData(i) >= WELL_BEYOND,
  },
  RequestAtSizeBoundaryIsObserved: {
    want: "a valid body strictly between certainlyWithin and certainlyBeyond bytes",
    holds: (i) =>
      allValid(i) &&
      read.bytes(i) > REQUEST_SIZE_LIMIT.certainlyWithin &&
      read.bytes(i) < REQUEST_SIZE_LIMIT.certainlyBeyond,
  },
  OversizedEventIsRejected: {
    want: "a marked event over the event limit in a body under certainlyWithin",
    holds: (i) =>
      plantsBadEvents(i, (e) => utf8Bytes(String(e.eventData)) >= EVENT_SIZE_LIMIT.certainlyBeyond) &&
      read.bytes(i) < REQUEST_SIZE_LIMIT.certainlyWithin,
  },
  WrongChecksumIsRejected: {
    want: "marked events whose checksum is not that of their eventData",
    holds: (i) =>
      plantsBadEvents(
        i,
        (e) => eventDataErrors(e).length === 0 && e.eventDataChecksum !== eventDataChecksum(String(e.eventData)),
      ),
  },
  MistypedChecksumIsRejected: {
    want: "events whose checksum is not a string, never null",
    holds: (i) =>
      onlyBodyErrors(i, /^type \/auditEvents\/\d+\/eventDataChecksum$/) &&
      read.events(i).every((e) => e.eventDataChecksum !== null),
  },
  NullChecksumIsObserved: {
    want: "valid events, some with eventDataChecksum null",
    holds: (i) =>
      onlyBodyErrors(i, /^type \/auditEvents\/\d+\/eventDataChecksum$/) &&
      read.events(i).every((e) => e.eventDataChecksum === null || isValidEvent(e)) &&
      read.events(i).some((e) => e.eventDataChecksum === null && isValidEvent({ ...e, eventDataChecksum: undefined })),
  },
  EmptyRequiredStringIsObserved: {
    want: "marked events, each with one required string empty and nothing else wrong",
    holds: (i) => plantsBadEvents(i, (e) => eventDataErrors(e).length === 0 && emptyRequiredStrings(e).length === 1),
  },
  EventDataNotJsonIsRejected: {
    want: "marked events whose eventData is not JSON",
    holds: (i) => plantsBadEvents(i, (e) => eventDataErrors(e)[0] === "not-json"),
  },
  EventDataNotObjectIsRejected: {
    want: "marked events whose eventData is not an object",
    holds: (i) => plantsBadEvents(i, (e) => eventDataErrors(e).join() === "type "),
  },
  EventDataMissingFieldIsRejected: {
    want: "marked events missing a required field",
    holds: (i) => plantsBadEvents(i, eventDataFailsWith("required")),
  },
  EventDataMistypedFieldIsRejected: {
    want: "marked events with a mistyped field",
    holds: (i) => plantsBadEvents(i, eventDataFailsWith("type")),
  },
  EventDataFieldTooLongIsRejected: {
    want: "marked events with a string over its maxLength",
    holds: (i) => plantsBadEvents(i, eventDataFailsWith("maxLength")),
  },
  EventDataObjectTooLargeIsRejected: {
    want: "marked events with an object over its byte limit",
    holds: (i) => plantsBadEvents(i, (e) => eventDataErrors(e).length === 0 && objectBytes(e)),
  },
  WrongRecipientIsRejected: {
    want: "marked events naming another recipient",
    holds: (i) => plantsBadEvents(i, (e) => eventDataErrors(e).length === 0 && !isValidEvent(e)),
  },
  EventTimeFormatIsObserved: {
    want: "marked events whose eventTime breaks the pattern",
    holds: (i) => plantsBadEvents(i, (e) => eventDataErrors(e).join() === "pattern /eventTime"),
  },
  BodyNotJsonObjectIsRejected: { want: "a raw body that is not a JSON object", holds: notJsonObject },
  EmptyBodyIsRejected: { want: "an empty raw body", holds: (i) => read.bytes(i) === 0 && "raw" in i.request.body },
  MissingAuditEventsIsRejected: { want: "a body without auditEvents", holds: (i) => onlyBodyErrors(i, /^required $/) },
  MistypedAuditEventsIsRejected: {
    want: "auditEvents not an array",
    holds: (i) => onlyBodyErrors(i, /^type \/auditEvents$/),
  },
  MissingEventDataIsRejected: {
    want: "events without eventData",
    holds: (i) => onlyBodyErrors(i, /^required \/auditEvents\/\d+$/),
  },
  MistypedEventDataIsRejected: {
    want: "events whose eventData is not a string",
    holds: (i) => onlyBodyErrors(i, /^type \/auditEvents\/\d+\/eventData$/),
  },
  WrongContentTypeIsObserved: {
    want: "valid events sent as text/plain",
    holds: (i) => allValid(i) && i.request.contentType === "text/plain",
  },
  PartnerWithExternalIdIsAccepted: {
    want: "valid events for the partner channel's owner, with its externalId",
    holds: (i) =>
      channel(i) === fixtures.partnerChannel?.arn &&
      i.request.query.externalId === fixtures.partnerChannel?.externalId &&
      eventsValid(i, ownerOf(i)),
  },
  PartnerWithoutExternalIdIsRejected: {
    want: "valid events to the partner channel with no or another valid externalId",
    holds: (i) =>
      channel(i) === fixtures.partnerChannel?.arn &&
      i.request.query.externalId !== fixtures.partnerChannel?.externalId &&
      read.queryValid(i) &&
      eventsValid(i, ownerOf(i)),
  },
  UnsupportedSchemaChannelIsRejected: {
    want: "valid events to the unsupported-schema channel",
    holds: (i) => channel(i) === fixtures.unsupportedSchemaChannelArn && eventsValid(i, ownerOf(i)),
  },
  UnsupportedOperationIsRejected: {
    want: "valid events to the unsupported-operation channel",
    holds: (i) => channel(i) === fixtures.unsupportedOperationChannelArn && eventsValid(i, ownerOf(i)),
  },
  OtherEventSourceFails: {
    want: "valid events naming another source than the channel's, all marked",
    holds: (i) =>
      channel(i) === fixtures.eventSourceChannel?.arn &&
      eventsValid(i, ownerOf(i)) &&
      allMarked(i) &&
      read.events(i).every((e) => sourceOf(e) !== fixtures.eventSourceChannel?.eventSource),
  },
  NotSubscribedAccountEventsFail: {
    want: "valid events to the unsubscribed account's channel, all marked",
    holds: (i) => channel(i) === fixtures.notSubscribedChannelArn && eventsValid(i, ownerOf(i)) && allMarked(i),
  },
  ThrottledEventsFail: {
    want: "valid events to the throttling channel, all marked",
    holds: (i) => channel(i) === fixtures.throttlingChannelArn && eventsValid(i, ownerOf(i)) && allMarked(i),
  },
  InternalFailureEventsFail: {
    want: "valid events to the internal-failure channel, all marked",
    holds: (i) => channel(i) === fixtures.internalFailureChannelArn && eventsValid(i, ownerOf(i)) && allMarked(i),
  },
  QuotaExceededIsThrottled: {
    want: "valid events to the channel whose quota is used up",
    holds: (i) => channel(i) === fixtures.quotaExceededChannelArn && eventsValid(i, ownerOf(i)),
  },
  ...REQUEST_SPACE_CASE_PROPERTIES,
};
