import type { AuditEvent, PutAuditEventsRequest } from "../../../generated/api.ts";
import {
  EVENT_DATA_OBJECT_BYTE_LIMITS,
  EVENT_DATA_STRING_LIMITS,
  EVENT_SIZE_LIMIT,
  EVENTS_PER_REQUEST,
  REQUEST_SIZE_LIMIT,
} from "../../../generated/constants.ts";
import { auditEvent } from "../auditEvent.ts";
import { auditEventMissingMember } from "../auditEventMissingMember.ts";
import { auditEventMistypedMember } from "../auditEventMistypedMember.ts";
import { auditEventsOverMaxItems } from "../auditEventsOverMaxItems.ts";
import { auditEventsWithDuplicateIds } from "../auditEventsWithDuplicateIds.ts";
import { auditEventsWithPlanted } from "../auditEventsWithPlanted.ts";
import { eventDataFieldOverMaxLength } from "../eventDataFieldOverMaxLength.ts";
import { eventDataMissingField } from "../eventDataMissingField.ts";
import {
  EVENT_DATA_OBJECT_POINTERS,
  EVENT_DATA_STRING_POINTERS,
  eventDataMistypedField,
} from "../eventDataMistypedField.ts";
import { eventDataNotJson } from "../eventDataNotJson.ts";
import { eventDataNotObject } from "../eventDataNotObject.ts";
import { eventDataObjectOverByteLimit } from "../eventDataObjectOverByteLimit.ts";
import { eventDataOverEventSizeLimit } from "../eventDataOverEventSizeLimit.ts";
import { eventDataWithEventTimeBreakingPattern } from "../eventDataWithEventTimeBreakingPattern.ts";
import { integrationEventData } from "../integrationEventData.ts";
import { requestAtSizeBoundary } from "../requestAtSizeBoundary.ts";
import { requestBodyMissingAuditEvents } from "../requestBodyMissingAuditEvents.ts";
import { requestBodyMistypedAuditEvents } from "../requestBodyMistypedAuditEvents.ts";
import { requestBodyNotJsonObject } from "../requestBodyNotJsonObject.ts";
import { requestNearSizeLimit } from "../requestNearSizeLimit.ts";
import { requestOverSizeLimit, SIZE_LIMIT_MARGIN } from "../requestOverSizeLimit.ts";
import { requestOverSizeLimitInBytesOnly } from "../requestOverSizeLimitInBytesOnly.ts";
import { utf8Bytes } from "../utf8Bytes.ts";
import { validAuditEvents } from "../validAuditEvents.ts";
import { wrongChecksum } from "../wrongChecksum.ts";
import {
  bodyBytes,
  checksumsRight,
  error,
  eventDataBytes,
  ids,
  recipient,
  summedEventDataBytes,
} from "./contractHelpers.ts";
import type { GeneratorContract } from "./generatorContracts.ts";

/** The contracts of the eventData, event list and body generators. */
export const eventGeneratorContracts: Record<string, GeneratorContract> = {
  integrationEventData: {
    arbitrary: integrationEventData(recipient).map((data) => JSON.stringify(data)),
    subject: "eventData",
    want: "valid",
    reaches: (values: string[]) => values.some((value) => [...value].some((c) => (c.codePointAt(0) ?? 0) > 0xffff)),
  },
  eventDataMissingField: {
    arbitrary: eventDataMissingField(recipient),
    subject: "eventData",
    want: [error("required", ""), error("required", "/userIdentity")],
  },
  eventDataMistypedField: {
    arbitrary: eventDataMistypedField(recipient),
    subject: "eventData",
    want: [...EVENT_DATA_STRING_POINTERS, ...EVENT_DATA_OBJECT_POINTERS].map((pointer) => error("type", pointer)),
  },
  eventDataFieldOverMaxLength: {
    arbitrary: eventDataFieldOverMaxLength(recipient),
    subject: "eventData",
    want: Object.keys(EVENT_DATA_STRING_LIMITS).map((pointer) => error("maxLength", pointer)),
  },
  eventDataObjectOverByteLimit: {
    arbitrary: eventDataObjectOverByteLimit(recipient),
    subject: "eventData",
    want: "valid",
    property: (data: string) =>
      Object.entries(EVENT_DATA_OBJECT_BYTE_LIMITS).some(
        ([pointer, limit]) => eventDataBytes(data, pointer) > limit.certainlyBeyond,
      ),
    runs: 5,
  },
  eventDataNotJson: { arbitrary: eventDataNotJson(recipient), subject: "eventData", want: "unparseable" },
  eventDataNotObject: { arbitrary: eventDataNotObject(recipient), subject: "eventData", want: [error("type", "")] },
  eventDataWithEventTimeBreakingPattern: {
    arbitrary: eventDataWithEventTimeBreakingPattern(recipient),
    subject: "eventData",
    want: [error("pattern", "/eventTime")],
  },
  eventDataOverEventSizeLimit: {
    arbitrary: eventDataOverEventSizeLimit(recipient),
    subject: "eventData",
    want: "valid",
    property: (data: string) => utf8Bytes(data) >= EVENT_SIZE_LIMIT.certainlyBeyond,
    runs: 3,
  },
  auditEvent: {
    arbitrary: auditEvent(recipient),
    subject: "auditEventInBody",
    want: "valid",
    property: (e: AuditEvent) => checksumsRight([e]),
  },
  wrongChecksum: {
    arbitrary: integrationEventData(recipient)
      .map((data) => JSON.stringify(data))
      .chain((eventData) =>
        wrongChecksum(eventData).map((eventDataChecksum) => ({ id: "a", eventData, eventDataChecksum })),
      ),
    subject: "auditEventInBody",
    want: "valid",
    property: (e: AuditEvent) => !checksumsRight([e]),
  },
  validAuditEvents: {
    arbitrary: validAuditEvents(recipient),
    subject: "eventsInBody",
    want: "valid",
    property: (events: AuditEvent[]) =>
      new Set(ids(events)).size === events.length &&
      checksumsRight(events) &&
      bodyBytes({ auditEvents: events }) < REQUEST_SIZE_LIMIT.certainlyWithin,
    reaches: (lists: AuditEvent[][]) =>
      lists.some((l) => l.length === EVENTS_PER_REQUEST.minItems) &&
      lists.some((l) => l.length === EVENTS_PER_REQUEST.maxItems),
    runs: 30,
  },
  auditEventsWithDuplicateIds: {
    arbitrary: auditEventsWithDuplicateIds(recipient),
    subject: "eventsInBody",
    want: "valid",
    property: (events: AuditEvent[]) => new Set(ids(events)).size < events.length,
    runs: 30,
  },
  auditEventsOverMaxItems: {
    arbitrary: auditEventsOverMaxItems(recipient),
    subject: "eventsInBody",
    want: [error("maxItems", "/auditEvents")],
    property: (events: AuditEvent[]) => new Set(ids(events)).size === events.length,
    reaches: (lists: AuditEvent[][]) => lists.some((l) => l.length === EVENTS_PER_REQUEST.maxItems + 1),
    runs: 20,
  },
  auditEventMissingId: {
    arbitrary: auditEventMissingMember({ ...recipient, member: "id" }),
    subject: "auditEventInBody",
    want: [error("required", "/auditEvents/0")],
  },
  auditEventMissingEventData: {
    arbitrary: auditEventMissingMember({ ...recipient, member: "eventData" }),
    subject: "auditEventInBody",
    want: [error("required", "/auditEvents/0")],
  },
  auditEventMistypedId: {
    arbitrary: auditEventMistypedMember({ ...recipient, member: "id" }),
    subject: "auditEventInBody",
    want: [error("type", "/auditEvents/0/id")],
  },
  auditEventMistypedEventData: {
    arbitrary: auditEventMistypedMember({ ...recipient, member: "eventData" }),
    subject: "auditEventInBody",
    want: [error("type", "/auditEvents/0/eventData")],
  },
  auditEventMistypedChecksum: {
    arbitrary: auditEventMistypedMember({ ...recipient, member: "eventDataChecksum" }),
    subject: "auditEventInBody",
    want: [error("type", "/auditEvents/0/eventDataChecksum")],
  },
  auditEventsWithPlanted: {
    arbitrary: auditEventsWithPlanted({ ...recipient, planted: auditEvent(recipient) }).map(
      (batch) => batch.auditEvents,
    ),
    subject: "eventsInBody",
    want: "valid",
    property: (events: AuditEvent[]) => new Set(ids(events)).size === events.length,
  },
  requestBodyMissingAuditEvents: {
    arbitrary: requestBodyMissingAuditEvents(recipient),
    subject: "body",
    want: [error("required", "")],
  },
  requestBodyMistypedAuditEvents: {
    arbitrary: requestBodyMistypedAuditEvents(recipient),
    subject: "body",
    want: [error("type", "/auditEvents")],
  },
  requestBodyNotJsonObject: { arbitrary: requestBodyNotJsonObject(recipient), subject: "rawBody", want: "unparseable" },
  requestNearSizeLimit: {
    arbitrary: requestNearSizeLimit(recipient),
    subject: "body",
    want: "valid",
    property: (body: PutAuditEventsRequest) =>
      bodyBytes(body) < REQUEST_SIZE_LIMIT.certainlyWithin &&
      bodyBytes(body) > 0.99 * REQUEST_SIZE_LIMIT.certainlyWithin,
    runs: 2,
  },
  requestOverSizeLimit: {
    arbitrary: requestOverSizeLimit(recipient),
    subject: "body",
    want: "valid",
    property: (body: PutAuditEventsRequest) =>
      summedEventDataBytes(body) >= REQUEST_SIZE_LIMIT.certainlyBeyond + SIZE_LIMIT_MARGIN,
    runs: 2,
  },
  requestOverSizeLimitInBytesOnly: {
    arbitrary: requestOverSizeLimitInBytesOnly(recipient),
    subject: "body",
    want: "valid",
    property: (body: PutAuditEventsRequest) =>
      JSON.stringify(body).length < REQUEST_SIZE_LIMIT.certainlyWithin &&
      summedEventDataBytes(body) >= REQUEST_SIZE_LIMIT.certainlyBeyond + SIZE_LIMIT_MARGIN,
    runs: 2,
  },
  requestAtSizeBoundary: {
    arbitrary: requestAtSizeBoundary(recipient),
    subject: "body",
    want: "valid",
    property: (body: PutAuditEventsRequest) =>
      bodyBytes(body) > REQUEST_SIZE_LIMIT.certainlyWithin && bodyBytes(body) < REQUEST_SIZE_LIMIT.certainlyBeyond,
    runs: 2,
  },
};
