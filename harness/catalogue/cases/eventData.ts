import fc from "fast-check";
import { accountIdOtherThan } from "../../generators/accountIdOtherThan.ts";
import { eventDataFieldOverMaxLength } from "../../generators/eventDataFieldOverMaxLength.ts";
import { eventDataMissingField } from "../../generators/eventDataMissingField.ts";
import { eventDataMistypedField } from "../../generators/eventDataMistypedField.ts";
import { eventDataNotJson } from "../../generators/eventDataNotJson.ts";
import { eventDataNotObject } from "../../generators/eventDataNotObject.ts";
import { eventDataObjectOverByteLimit } from "../../generators/eventDataObjectOverByteLimit.ts";
import { eventDataWithEmptyRequiredString } from "../../generators/eventDataWithEmptyRequiredString.ts";
import { eventDataWithEventTimeBreakingPattern } from "../../generators/eventDataWithEventTimeBreakingPattern.ts";
import { integrationEventData } from "../../generators/integrationEventData.ts";
import type { CaseContext, CaseDefinition } from "../../model/caseDefinition.ts";
import { expectations } from "../expectations.ts";
import { plantedInstance } from "../plantedInstance.ts";
import { readingAnswers } from "../readingAnswers.ts";
import { specRef } from "../specRef.ts";

type EventDataArbitrary = (recipientAccountId: string) => fc.Arbitrary<string>;

/** Valid events mixed with events carrying bad eventData (no checksum, so only eventData is at stake). */
const withBadEventData = (ctx: CaseContext, eventData: EventDataArbitrary, label: string) =>
  plantedInstance(ctx, {
    planted: (account) => eventData(account).map((data) => ({ eventData: data })),
    mode: "mark",
    label,
  });

const recipient =
  (generator: (constraints: { recipientAccountId: string }) => fc.Arbitrary<string>): EventDataArbitrary =>
  (recipientAccountId) =>
    generator({ recipientAccountId });

/** The reference rules an off-format eventTime out without naming its code: any code of a schema rule. */
const EVENT_TIME_FAILURE_CODES = ["InvalidData", "FieldNotFound", "FieldTooLong"];

export const eventDataCases: readonly CaseDefinition[] = [
  {
    id: "EventDataNotJsonIsRejected",
    title: "eventData that is not JSON fails with InvalidData",
    category: "event-data",
    documentation:
      "An event whose eventData does not parse (truncated, trailing garbage, single quotes, empty) fails or the request is refused. Spec: eventData contentMediaType application/json; InvalidData 'eventData is not JSON, not an object, or a field has the wrong type'.",
    specRef: specRef.schema("/AuditEvent/properties/eventData/contentMediaType"),
    needs: ["ownChannelArn"],
    generate: (ctx) => withBadEventData(ctx, recipient(eventDataNotJson), "events whose eventData is not JSON"),
    expect: expectations.failedOrRejected("InvalidData"),
    tags: ["negative", "per-event"],
  },
  {
    id: "EventDataNotObjectIsRejected",
    title: "eventData that is JSON but not an object fails with InvalidData",
    category: "event-data",
    documentation:
      "An event whose eventData is an array, a string, a number, true or null fails or the request is refused. Spec: event schema type: object.",
    specRef: specRef.eventSchema("/type"),
    needs: ["ownChannelArn"],
    generate: (ctx) => withBadEventData(ctx, recipient(eventDataNotObject), "events whose eventData is not an object"),
    expect: expectations.failedOrRejected("InvalidData"),
    tags: ["negative", "per-event"],
  },
  {
    id: "EventDataMissingFieldIsRejected",
    title: "eventData without a required field fails with FieldNotFound",
    category: "event-data",
    documentation:
      "An event whose eventData lacks a required field (version, userIdentity and its type and principalId, eventSource, eventName, eventTime, UID, recipientAccountId) fails or the request is refused. Spec: event schema required; 'Missing required fields results in errors'.",
    specRef: specRef.eventSchema("/required"),
    needs: ["ownChannelArn"],
    generate: (ctx) => withBadEventData(ctx, recipient(eventDataMissingField), "events missing a required field"),
    expect: expectations.failedOrRejected("FieldNotFound"),
    tags: ["negative", "per-event"],
  },
  {
    id: "EventDataMistypedFieldIsRejected",
    title: "eventData with a field of the wrong type fails with InvalidData",
    category: "event-data",
    documentation:
      "An event whose eventData has a string field given a number, boolean, null, array or object (or an object field given a scalar or array) fails or the request is refused. Spec: event schema properties types.",
    specRef: specRef.eventSchema("/properties"),
    needs: ["ownChannelArn"],
    generate: (ctx) => withBadEventData(ctx, recipient(eventDataMistypedField), "events with a mistyped field"),
    expect: expectations.failedOrRejected("InvalidData"),
    tags: ["negative", "per-event"],
  },
  {
    id: "EventDataFieldTooLongIsRejected",
    title: "eventData with a string over its maximum length fails with FieldTooLong",
    category: "event-data",
    documentation:
      "An event whose eventData has a length-limited string 1 or more code points over its limit (e.g. version 256, eventName 1024) fails or the request is refused. Spec: event schema maxLength of each field.",
    specRef: specRef.eventSchema("/properties/version/maxLength"),
    needs: ["ownChannelArn"],
    generate: (ctx) => withBadEventData(ctx, recipient(eventDataFieldOverMaxLength), "events with a field too long"),
    expect: expectations.failedOrRejected("FieldTooLong"),
    tags: ["negative", "per-event", "boundary"],
  },
  {
    id: "EventDataObjectTooLargeIsRejected",
    title: "requestParameters, responseElements or additionalEventData over its byte limit fails with FieldTooLong",
    category: "event-data",
    documentation:
      "An event whose requestParameters or responseElements is over 100 KiB, or additionalEventData over 28 KiB, fails or the request is refused. Spec: x-pae-max-serialized-bytes; 'content exceeding the limit is rejected'.",
    specRef: specRef.eventSchema("/properties/requestParameters/x-pae-max-serialized-bytes"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      plantedInstance(ctx, {
        planted: (recipientAccountId) =>
          eventDataObjectOverByteLimit({ recipientAccountId }).map((eventData) => ({ eventData })),
        mode: "mark",
        maxPlanted: 2,
        label: "events with an object over its byte limit",
        shrinkable: false,
      }),
    expect: expectations.failedOrRejected("FieldTooLong"),
    tags: ["negative", "per-event", "heavy"],
    maxRuns: 3,
  },
  {
    id: "WrongRecipientIsRejected",
    title: "eventData naming another recipient account fails with InvalidRecipient",
    category: "event-data",
    documentation:
      "An event whose recipientAccountId is not the channel owner's account fails or the request is refused. Spec: recipientAccountId, 'the account that receives the event: the channel owner's account' (x-pae-must-equal).",
    specRef: specRef.eventSchema("/properties/recipientAccountId/x-pae-must-equal"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      withBadEventData(
        ctx,
        (owner) =>
          // The other account goes where the owner's was (the member keeps its place), with no arbitrary built per value.
          fc
            .tuple(
              accountIdOtherThan(owner),
              integrationEventData({ recipientAccountId: owner, fieldAtMaxLength: "never" }),
            )
            .map(([other, data]) => JSON.stringify({ ...data, recipientAccountId: other })),
        "events for another recipient",
      ),
    expect: expectations.failedOrRejected("InvalidRecipient"),
    tags: ["negative", "per-event"],
  },
  {
    id: "EventTimeFormatIsObserved",
    title: "eventTime in another format than yyyy-MM-DDTHH:mm:ssZ",
    category: "event-data",
    documentation:
      "The event schema gives eventTime as 'UTC timestamp yyyy-MM-DDTHH:mm:ssZ': an event in another format (milliseconds, offsets, epoch seconds) must not be ingested; which code it fails with (or whether the whole request is refused) is not published, so the refusal is recorded as observed. Spec: event schema eventTime pattern.",
    specRef: specRef.eventSchema("/properties/eventTime/pattern"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      withBadEventData(ctx, recipient(eventDataWithEventTimeBreakingPattern), "events with another eventTime format"),
    expect: { ...expectations.failedOrRejected(...EVENT_TIME_FAILURE_CODES), observed: true },
    tags: ["observed", "per-event"],
  },
  {
    id: "EmptyRequiredStringIsObserved",
    title: "A required eventData string sent empty",
    category: "event-data",
    documentation:
      'The event schema gives required strings (version, userIdentity.type and principalId, eventSource, eventName, UID) only a maximum length; whether "" counts as present (ingested) or as missing (FieldNotFound) is not pinned down. Spec: event schema required; x-pae-readings emptyRequiredString.',
    specRef: specRef.reading("emptyRequiredString"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      withBadEventData(ctx, recipient(eventDataWithEmptyRequiredString), "events with an empty required string"),
    expect: readingAnswers("emptyRequiredString", "eventFailureMode"),
    tags: ["observed", "per-event"],
    ingests: true,
  },
];
