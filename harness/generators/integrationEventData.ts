import fc from "fast-check";
import type { EventData } from "../../generated/api.ts";
import { EVENT_DATA_STRING_LIMITS } from "../../generated/constants.ts";
import { eventTime } from "./eventTime.ts";
import { setAtPointer } from "./setAtPointer.ts";
import { unicodeText } from "./unicodeText.ts";

export interface IntegrationEventDataConstraints {
  /** The channel owner's account. */
  recipientAccountId: string;
  /** Optional fields: sometimes present (default), always or never. */
  optionalFields?: "sometimes" | "always" | "never";
  /**
   * Sometimes (default) put one length-limited field at exactly its limit in code points, made of a non-BMP
   * character (twice as many UTF-16 units, four times as many bytes); "never" keeps events small.
   */
  fieldAtMaxLength?: "sometimes" | "never";
}

type LimitedPath = keyof typeof EVENT_DATA_STRING_LIMITS;
const LIMITED_PATHS = Object.keys(EVENT_DATA_STRING_LIMITS) as LimitedPath[];

const smallObject = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
const limited = (path: LimitedPath) => unicodeText({ maxLength: EVENT_DATA_STRING_LIMITS[path] });

/** eventData objects following the event schema: required fields, optional ones, unicode strings. */
export function integrationEventData(constraints: IntegrationEventDataConstraints): fc.Arbitrary<EventData> {
  const optional = constraints.optionalFields ?? "sometimes";
  const base = fc.record(
    {
      version: limited("/version"),
      userIdentity: fc.record(
        {
          type: limited("/userIdentity/type"),
          principalId: limited("/userIdentity/principalId"),
          details: smallObject,
        },
        { requiredKeys: optional === "always" ? ["type", "principalId", "details"] : ["type", "principalId"] },
      ),
      userAgent: limited("/userAgent"),
      eventSource: limited("/eventSource"),
      eventName: limited("/eventName"),
      eventTime: eventTime(),
      UID: limited("/UID"),
      requestParameters: smallObject,
      responseElements: smallObject,
      additionalEventData: smallObject,
      errorCode: limited("/errorCode"),
      errorMessage: limited("/errorMessage"),
      sourceIPAddress: fc.oneof(fc.ipV4(), fc.ipV6()),
      recipientAccountId: fc.constant(constraints.recipientAccountId),
    },
    optional === "always"
      ? {}
      : {
          requiredKeys: [
            "version",
            "userIdentity",
            "eventSource",
            "eventName",
            "eventTime",
            "UID",
            "recipientAccountId",
          ],
        },
  );
  const stripped = optional === "never" ? base.map(withoutOptionalFields) : base;
  if (constraints.fieldAtMaxLength === "never") return stripped;
  return fc
    .tuple(stripped, fc.option(fc.constantFrom(...LIMITED_PATHS), { freq: 2 }))
    .map(([data, path]) =>
      path === null ? data : setAtPointer(data, path, "👍".repeat(EVENT_DATA_STRING_LIMITS[path])),
    );
}

function withoutOptionalFields(data: EventData): EventData {
  const { version, userIdentity, eventSource, eventName, eventTime, UID, recipientAccountId } = data;
  const { type, principalId } = userIdentity;
  return { version, userIdentity: { type, principalId }, eventSource, eventName, eventTime, UID, recipientAccountId };
}
