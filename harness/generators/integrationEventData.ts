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

const scalar = fc.oneof(fc.string({ maxLength: 16 }), fc.integer(), fc.boolean(), fc.constant(null));
// Pairs rather than fc.dictionary: no uniqueness bookkeeping (a repeated key just collapses), a fraction of the cost.
const smallObject = fc
  .array(fc.tuple(fc.string({ maxLength: 12 }), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }))), { maxLength: 3 })
  .map((pairs): Record<string, unknown> => Object.fromEntries(pairs));
/** About one event in ten carries a field at exactly its limit: the boundary stays covered, batches stay light. */
const pathAtMaxLength = fc.oneof(
  { arbitrary: fc.constant(null), weight: 9 },
  { arbitrary: fc.constantFrom(...LIMITED_PATHS), weight: 1 },
);
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
    .tuple(stripped, pathAtMaxLength)
    .map(([data, path]) =>
      path === null ? data : setAtPointer(data, path, "👍".repeat(EVENT_DATA_STRING_LIMITS[path])),
    );
}

function withoutOptionalFields(data: EventData): EventData {
  const { version, userIdentity, eventSource, eventName, eventTime, UID, recipientAccountId } = data;
  const { type, principalId } = userIdentity;
  return { version, userIdentity: { type, principalId }, eventSource, eventName, eventTime, UID, recipientAccountId };
}
