import { EVENT_DATA_OBJECT_BYTE_LIMITS, REQUEST_SIZE_LIMIT } from "../../../generated/constants.ts";
import { utf8Bytes } from "../../generators/utf8Bytes.ts";
import type { CaseInstance } from "../../model/caseRequest.ts";
import { CANONICAL_JSON_FORMAT } from "../../protocol/formatJson.ts";
import { encodeBody } from "../../sender/encodeBody.ts";
import type { CaseProperty } from "./caseProperties.ts";
import { eventDataErrors, isValidEvent, parsedEventData, plantsBadEvents, read, TEST_CONTEXT } from "./testContext.ts";

const own = TEST_CONTEXT.fixtures.ownChannelArn ?? "";
const externalIdChannel = TEST_CONTEXT.fixtures.externalIdChannel ?? { arn: "", externalId: "" };
const ids = (instance: CaseInstance) => read.events(instance).map((event) => String(event.id));
const unique = (list: string[]) => new Set(list).size === list.length;
/** Bytes as sent: the body in its own format. */
const sentBytes = (instance: CaseInstance) => encodeBody(instance.request.body).byteLength;
const summedEventData = (instance: CaseInstance) =>
  read.events(instance).reduce((sum, event) => sum + utf8Bytes(String(event.eventData)), 0);
/** Valid events with unique ids, inside the smallest reading of the request limit, body and summed eventData alike. */
const acceptable = (instance: CaseInstance) =>
  read.bodyValid(instance) &&
  read.queryValid(instance) &&
  unique(ids(instance)) &&
  read.events(instance).every((event) => isValidEvent(event)) &&
  sentBytes(instance) < REQUEST_SIZE_LIMIT.certainlyWithin &&
  summedEventData(instance) < REQUEST_SIZE_LIMIT.certainlyWithin;
const objectSizes = (event: Record<string, unknown>) =>
  Object.entries(EVENT_DATA_OBJECT_BYTE_LIMITS).flatMap(([pointer, limit]) => {
    const value = (parsedEventData(event) as Record<string, unknown> | undefined)?.[pointer.slice(1)];
    return value === undefined
      ? []
      : [{ bytes: utf8Bytes(JSON.stringify(value)), units: JSON.stringify(value).length, limit }];
  });
const eventDataNotCanonical = (event: Record<string, unknown>) =>
  JSON.stringify(parsedEventData(event)) !== String(event.eventData);

/** The property rows of the request-space cases (issue 12 section 3). */
export const REQUEST_SPACE_CASE_PROPERTIES: Record<string, CaseProperty> = {
  ChunkedRequestIsIngested: {
    want: "acceptable valid events sent chunked",
    holds: (i) => acceptable(i) && i.request.transfer?.encoding === "chunked",
  },
  RequestWithoutPayloadHashHeaderIsIngested: {
    want: "acceptable valid events signed without X-Amz-Content-Sha256",
    holds: (i) => acceptable(i) && i.request.contentSha256Header === false && i.request.sign !== false,
  },
  OversizedChunkedRequestIsRejected: {
    want: "a chunked body over 2^20 bytes whose events are valid",
    holds: (i) =>
      i.request.transfer?.encoding === "chunked" &&
      sentBytes(i) >= REQUEST_SIZE_LIMIT.certainlyBeyond &&
      read.events(i).every((event) => isValidEvent(event)),
  },
  NonCanonicalJsonIsIngested: {
    want: "acceptable valid events, with checksums, the body and every eventData in non-canonical JSON",
    holds: (i) =>
      acceptable(i) &&
      "json" in i.request.body &&
      i.request.body.format !== undefined &&
      i.request.body.format !== CANONICAL_JSON_FORMAT &&
      read.events(i).every((event) => typeof event.eventDataChecksum === "string" && eventDataNotCanonical(event)),
  },
  RealChannelArnVariantsAreRejected: {
    want: "valid events sent to a channelArn other than the real one's",
    holds: (i) =>
      typeof i.request.query.channelArn === "string" &&
      i.request.query.channelArn !== own &&
      read.events(i).every((event) => isValidEvent(event)),
  },
  ChannelArnEncodingVariantsAreAccepted: {
    want: "acceptable valid events whose raw query decodes to the real channel ARN, written otherwise than usual",
    holds: (i) =>
      acceptable(i) &&
      i.request.rawQuery !== undefined &&
      i.request.rawQuery !== `channelArn=${encodeURIComponent(own)}` &&
      decodeURIComponent(i.request.rawQuery.replace(/^channelArn=/, "")) === own,
  },
  RealExternalIdVariantsAreRejected: {
    want: "valid events to the external-id channel with a valid externalId other than its own",
    holds: (i) =>
      i.request.query.channelArn === externalIdChannel.arn &&
      read.queryValid(i) &&
      i.request.query.externalId !== externalIdChannel.externalId &&
      read.events(i).every((event) => isValidEvent(event)),
  },
  BadEventsAtEveryPositionAreReported: {
    want: "marked events with a per-event problem, unmarked ones valid",
    holds: (i) =>
      plantsBadEvents(i, (event) => !isValidEvent(event)) &&
      read
        .events(i)
        .some(
          (event, index, all) =>
            [0, Math.floor(all.length / 2), all.length - 1].includes(index) && !isValidEvent(event),
        ),
  },
  DuplicateIdOfBadEventIsRejected: {
    want: "a repeated id carried by an event with a wrong checksum",
    holds: (i) => !unique(ids(i)) && read.events(i).some((event) => !isValidEvent(event)) && read.bodyValid(i),
  },
  IdsDifferingOnlyInCaseAreIngested: {
    want: "acceptable valid events whose ids pair up when case is ignored",
    holds: (i) => acceptable(i) && !unique(ids(i).map((id) => id.toLowerCase())),
  },
  EmptyAuditEventObjectIsRejected: {
    want: "valid events and at least one {}",
    holds: (i) =>
      read.events(i).some((event) => Object.keys(event).length === 0) &&
      read.events(i).every((event) => Object.keys(event).length === 0 || isValidEvent(event)),
  },
  EventDataObjectsWithinLimitsAreAccepted: {
    want: "acceptable valid events, some with objects of exactly their certainly-within size",
    holds: (i) =>
      acceptable(i) &&
      read.events(i).some((event) => objectSizes(event).some(({ bytes, limit }) => bytes === limit.certainlyWithin)),
  },
  EventDataObjectAtKibLimitIsObserved: {
    want: "marked events with an object of exactly certainlyBeyond - 1 bytes",
    holds: (i) =>
      plantsBadEvents(
        i,
        (event) =>
          eventDataErrors(event).length === 0 &&
          objectSizes(event).some(({ bytes, limit }) => bytes === limit.certainlyBeyond - 1),
      ),
  },
  EventDataObjectOverLimitInBytesOnlyIsRejected: {
    want: "marked events with an object over certainlyBeyond bytes but under certainlyWithin UTF-16 units",
    holds: (i) =>
      plantsBadEvents(
        i,
        (event) =>
          eventDataErrors(event).length === 0 &&
          objectSizes(event).some(
            ({ bytes, units, limit }) => bytes > limit.certainlyBeyond && units < limit.certainlyWithin,
          ),
      ),
  },
};
