import fc from "fast-check";
import type { EventData } from "../../generated/api.ts";
import {
  EVENT_DATA_REQUIRED_FIELDS,
  EVENT_DATA_STRING_LIMITS,
  EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS,
} from "../../generated/constants.ts";
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
  .map(objectOfPairs);

/**
 * The pairs as an object without a prototype (fc.record draws such objects too; JSON cannot tell them apart).
 * Tens of thousands of random keys on ordinary objects each grow V8's tree of object shapes, which made this
 * the costliest line of an event's drawing; an object without a prototype keeps its keys in a table instead.
 */
function objectOfPairs(pairs: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = Object.create(null);
  for (const [key, value] of pairs) object[key] = value;
  return object;
}
/** About one event in ten carries a field at exactly its limit: the boundary stays covered, batches stay light. */
const pathAtMaxLength = fc.oneof(
  { arbitrary: fc.constant(null), weight: 9 },
  { arbitrary: fc.constantFrom(...LIMITED_PATHS), weight: 1 },
);
const REQUIRED_POINTERS: readonly string[] = [
  ...EVENT_DATA_REQUIRED_FIELDS.map((field) => `/${field}`),
  ...EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS.map((field) => `/userIdentity/${field}`),
];
/**
 * A string up to its limit; a required one is never empty: whether "" counts as present is an open fact
 * (reading emptyRequiredString), so valid events keep to what every reading accepts.
 */
const limited = (path: LimitedPath) =>
  unicodeText({ minLength: REQUIRED_POINTERS.includes(path) ? 1 : 0, maxLength: EVENT_DATA_STRING_LIMITS[path] });

/** eventData objects following the event schema: required fields, optional ones, unicode strings. */
export function integrationEventData(constraints: IntegrationEventDataConstraints): fc.Arbitrary<EventData> {
  const optional = constraints.optionalFields ?? "sometimes";
  const userIdentityFields = {
    type: limited("/userIdentity/type"),
    principalId: limited("/userIdentity/principalId"),
    details: smallObject,
  };
  const fields = {
    version: limited("/version"),
    userIdentity: withOptional(userIdentityFields, EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS, optional),
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
  };
  const base = withOptional(fields, EVENT_DATA_REQUIRED_FIELDS, optional) as fc.Arbitrary<EventData>;
  if (constraints.fieldAtMaxLength === "never") return base;
  return fc
    .tuple(base, pathAtMaxLength)
    .map(([data, path]) =>
      path === null ? data : setAtPointer(data, path, "👍".repeat(EVENT_DATA_STRING_LIMITS[path])),
    );
}

/**
 * A record of `fields` where the keys other than `required` are sometimes present, always, or never; "never"
 * leaves them out of the record instead of drawing and dropping them. Always an ordinary object: JSON text
 * cannot tell a prototype-less one apart, and those (half of fc.record's by default) are slower to serialise.
 */
function withOptional<T>(
  fields: { [K in keyof T]: fc.Arbitrary<T[K]> },
  required: readonly string[],
  optional: "sometimes" | "always" | "never",
): fc.Arbitrary<T> {
  if (optional === "always") return fc.record(fields, { noNullPrototype: true });
  if (optional === "never") {
    const entries = Object.entries(fields) as [string, fc.Arbitrary<unknown>][];
    const kept = Object.fromEntries(entries.filter(([key]) => required.includes(key)));
    return fc.record(kept, { noNullPrototype: true }) as unknown as fc.Arbitrary<T>;
  }
  return fc.record(fields, { requiredKeys: required as (keyof T)[], noNullPrototype: true }) as fc.Arbitrary<T>;
}
