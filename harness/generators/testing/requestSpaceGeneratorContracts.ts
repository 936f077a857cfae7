import type { AuditEvent } from "../../../generated/api.ts";
import { EVENT_DATA_OBJECT_BYTE_LIMITS } from "../../../generated/constants.ts";
import { auditEventsWithBadAtPositions } from "../auditEventsWithBadAtPositions.ts";
import { auditEventsWithIdsDifferingInCase } from "../auditEventsWithIdsDifferingInCase.ts";
import { channelArnQueryEncoding } from "../channelArnQueryEncoding.ts";
import { channelArnVariantBreakingPattern, channelArnVariantOfRealChannel } from "../channelArnVariant.ts";
import { EVENT_DATA_OBJECT_PATHS, eventDataWithObjectsOfBytes } from "../eventDataWithObjectsOfBytes.ts";
import { externalIdVariantOf } from "../externalIdVariant.ts";
import { formattedJson } from "../formattedJson.ts";
import { integrationEventData } from "../integrationEventData.ts";
import { wrongChecksum } from "../wrongChecksum.ts";
import { CHANNEL, checksumsRight, error, eventDataBytes, ids, recipient } from "./contractHelpers.ts";
import type { GeneratorContract } from "./generatorContracts.ts";

const REAL_EXTERNAL_ID = "pae-external-id-1";
const QUERY_PREFIX = "channelArn=";
const notCanonical = (text: string) => JSON.stringify(JSON.parse(text)) !== text;

/** The contracts of the request-space generators (issue 12 section 3). */
export const requestSpaceGeneratorContracts: Record<string, GeneratorContract> = {
  formattedJson: {
    arbitrary: integrationEventData({ ...recipient, fieldAtMaxLength: "never" }).chain((data) => formattedJson(data)),
    subject: "eventData",
    want: "valid",
    reaches: (values: string[]) =>
      values.some(notCanonical) &&
      values.some((value) => !notCanonical(value)) &&
      values.some((value) => value.includes("\\u")) &&
      values.some((value) => /^\s|\s$/.test(value)),
  },
  channelArnVariantOfRealChannel: {
    arbitrary: channelArnVariantOfRealChannel(CHANNEL).map(({ value }) => value),
    subject: "channelArnInQuery",
    want: "valid",
    property: (value: string) => value !== CHANNEL,
    reaches: (values: string[]) =>
      values.some((v) => v.toLowerCase() === CHANNEL) &&
      values.some((v) => v.trim() === CHANNEL && v !== CHANNEL) &&
      values.some((v) => v.endsWith("/")),
  },
  channelArnVariantBreakingPattern: {
    arbitrary: channelArnVariantBreakingPattern(CHANNEL).map(({ value }) => value),
    subject: "channelArnInQuery",
    want: [error("pattern", "/channelArn")],
    property: (value: string) => value !== CHANNEL,
  },
  channelArnQueryEncoding: {
    arbitrary: channelArnQueryEncoding(CHANNEL).map((query) => decodeURIComponent(query.slice(QUERY_PREFIX.length))),
    subject: "channelArnInQuery",
    want: "valid",
    property: (value: string) => value === CHANNEL,
  },
  externalIdVariantOf: {
    arbitrary: externalIdVariantOf(REAL_EXTERNAL_ID),
    subject: "externalIdInQuery",
    want: "valid",
    property: (value: string) => value !== REAL_EXTERNAL_ID,
    reaches: (values: string[]) => values.some((v) => v.toLowerCase() === REAL_EXTERNAL_ID && v !== REAL_EXTERNAL_ID),
  },
  auditEventsWithBadAtPositions: {
    arbitrary: auditEventsWithBadAtPositions({
      ...recipient,
      bad: (replaced: AuditEvent) =>
        wrongChecksum(replaced.eventData).map((eventDataChecksum) => ({ ...replaced, eventDataChecksum })),
    }).map(({ auditEvents }) => auditEvents),
    subject: "eventsInBody",
    want: "valid",
    property: (events: AuditEvent[]) => new Set(ids(events)).size === events.length && !checksumsRight(events),
    reaches: (values: AuditEvent[][]) =>
      values.some((events) => events.length === 100) &&
      values.some((events) => !checksumsRight(events.slice(-1))) &&
      values.some((events) => !checksumsRight(events.slice(0, 1))),
    runs: 20,
  },
  auditEventsWithIdsDifferingInCase: {
    arbitrary: auditEventsWithIdsDifferingInCase(recipient),
    subject: "eventsInBody",
    want: "valid",
    property: (events: AuditEvent[]) =>
      new Set(ids(events)).size === events.length &&
      new Set(ids(events).map((id) => id.toLowerCase())).size === events.length / 2 &&
      checksumsRight(events),
  },
  eventDataWithObjectsOfBytes: {
    arbitrary: eventDataWithObjectsOfBytes({
      ...recipient,
      bytes: (path) => EVENT_DATA_OBJECT_BYTE_LIMITS[path].certainlyWithin,
    }),
    subject: "eventData",
    want: "valid",
    property: (value: string) => {
      const present = EVENT_DATA_OBJECT_PATHS.filter((path) => path.slice(1) in (JSON.parse(value) as object));
      return (
        present.length > 0 &&
        present.every((path) => eventDataBytes(value, path) === EVENT_DATA_OBJECT_BYTE_LIMITS[path].certainlyWithin)
      );
    },
    runs: 6,
  },
};
