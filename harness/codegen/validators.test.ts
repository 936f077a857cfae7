import { describe, expect, it } from "vitest";
import { EVENT_ID, EVENTS_PER_REQUEST, EXTERNAL_ID } from "../../generated/constants.ts";
import {
  type CompiledValidator,
  validateErrorBody,
  validateEventData,
  validateRequestBody,
  validateRequestQuery,
  validateSuccessResponse,
} from "../../generated/validators.js";
import { loadSpec } from "./loadSpec.ts";

const CHANNEL = "arn:aws:cloudtrail:us-east-2:123456789012:channel/01234567890";
const eventData = JSON.stringify({
  version: "1.0",
  userIdentity: { type: "CustomUser", principalId: "alice" },
  eventSource: "example.app",
  eventName: "Login",
  eventTime: "2026-11-25T10:00:00Z",
  UID: "src-1",
  recipientAccountId: "123456789012",
});
const events = (n: number, id = (i: number) => `e${i}`) =>
  Array.from({ length: n }, (_, i) => ({ id: id(i), eventData }));
const body = (auditEvents: unknown) => ({ auditEvents });

type Violation = { keyword: string; instancePath: string };
type Want = "valid" | Violation | Violation[];
type Row = [string, { validator: CompiledValidator<unknown>; given: unknown; want: Want }];

const operationExamples = (() => {
  const { openapi } = loadSpec();
  const post =
    (openapi.paths as Record<string, Record<string, Record<string, unknown>>>)["/PutAuditEvents"]?.post ?? {};
  const content = (section: unknown) =>
    (section as { content: Record<string, { example: unknown }> }).content["application/json"]?.example;
  return {
    request: content(post.requestBody),
    response: content((post.responses as Record<string, unknown>)["200"]),
  };
})();

const rows: Row[] = [
  [
    "accepts the spec's request example",
    { validator: validateRequestBody, given: operationExamples.request, want: "valid" },
  ],
  [
    "accepts the spec's 200 example",
    { validator: validateSuccessResponse, given: operationExamples.response, want: "valid" },
  ],
  [
    "accepts 1 event",
    { validator: validateRequestBody, given: body(events(EVENTS_PER_REQUEST.minItems)), want: "valid" },
  ],
  [
    "accepts 100 events",
    { validator: validateRequestBody, given: body(events(EVENTS_PER_REQUEST.maxItems)), want: "valid" },
  ],
  [
    "rejects 0 events",
    { validator: validateRequestBody, given: body([]), want: { keyword: "minItems", instancePath: "/auditEvents" } },
  ],
  [
    "rejects 101 events",
    {
      validator: validateRequestBody,
      given: body(events(EVENTS_PER_REQUEST.maxItems + 1)),
      want: { keyword: "maxItems", instancePath: "/auditEvents" },
    },
  ],
  [
    "accepts an id of 128 characters",
    { validator: validateRequestBody, given: body(events(1, () => "a".repeat(EVENT_ID.maxLength))), want: "valid" },
  ],
  [
    "rejects an id of 129 characters",
    {
      validator: validateRequestBody,
      given: body(events(1, () => "a".repeat(EVENT_ID.maxLength + 1))),
      want: { keyword: "maxLength", instancePath: "/auditEvents/0/id" },
    },
  ],
  [
    "rejects an empty id for its length and its pattern",
    {
      validator: validateRequestBody,
      given: body(events(1, () => "")),
      want: [
        { keyword: "minLength", instancePath: "/auditEvents/0/id" },
        { keyword: "pattern", instancePath: "/auditEvents/0/id" },
      ],
    },
  ],
  [
    "accepts an id using - and _",
    { validator: validateRequestBody, given: body(events(1, () => "A-z_0-9")), want: "valid" },
  ],
  [
    "rejects an id with a dot",
    {
      validator: validateRequestBody,
      given: body(events(1, () => "a.b")),
      want: { keyword: "pattern", instancePath: "/auditEvents/0/id" },
    },
  ],
  [
    "rejects an id with a non-ASCII letter",
    {
      validator: validateRequestBody,
      given: body(events(1, () => "é")),
      want: { keyword: "pattern", instancePath: "/auditEvents/0/id" },
    },
  ],
  [
    "rejects an event without eventData",
    {
      validator: validateRequestBody,
      given: body([{ id: "a" }]),
      want: { keyword: "required", instancePath: "/auditEvents/0" },
    },
  ],
  [
    "rejects a missing auditEvents",
    { validator: validateRequestBody, given: {}, want: { keyword: "required", instancePath: "" } },
  ],
  [
    "rejects a numeric checksum",
    {
      validator: validateRequestBody,
      given: body([{ id: "a", eventData, eventDataChecksum: 1 }]),
      want: { keyword: "type", instancePath: "/auditEvents/0/eventDataChecksum" },
    },
  ],
  ["accepts a channel ARN", { validator: validateRequestQuery, given: { channelArn: CHANNEL }, want: "valid" }],
  [
    "rejects a missing channelArn",
    { validator: validateRequestQuery, given: {}, want: { keyword: "required", instancePath: "" } },
  ],
  [
    "rejects a channelArn without arn:",
    {
      validator: validateRequestQuery,
      given: { channelArn: "01234567890" },
      want: { keyword: "pattern", instancePath: "/channelArn" },
    },
  ],
  [
    "rejects a channelArn with a newline",
    {
      validator: validateRequestQuery,
      given: { channelArn: "arn:\n" },
      want: { keyword: "pattern", instancePath: "/channelArn" },
    },
  ],
  [
    "accepts an externalId of 2 characters",
    { validator: validateRequestQuery, given: { channelArn: CHANNEL, externalId: "ab" }, want: "valid" },
  ],
  [
    "accepts an externalId of 1224 characters with every special character",
    {
      validator: validateRequestQuery,
      given: { channelArn: CHANNEL, externalId: "+=,.@:/-_".repeat(136) },
      want: "valid",
    },
  ],
  [
    "rejects an externalId of 1 character",
    {
      validator: validateRequestQuery,
      given: { channelArn: CHANNEL, externalId: "a" },
      want: { keyword: "minLength", instancePath: "/externalId" },
    },
  ],
  [
    "rejects an externalId of 1225 characters",
    {
      validator: validateRequestQuery,
      given: { channelArn: CHANNEL, externalId: "a".repeat(EXTERNAL_ID.maxLength + 1) },
      want: { keyword: "maxLength", instancePath: "/externalId" },
    },
  ],
  [
    "rejects an externalId with a space",
    {
      validator: validateRequestQuery,
      given: { channelArn: CHANNEL, externalId: "a b" },
      want: { keyword: "pattern", instancePath: "/externalId" },
    },
  ],
  [
    "accepts an empty 200",
    { validator: validateSuccessResponse, given: { successful: [], failed: [] }, want: "valid" },
  ],
  [
    "rejects a 200 without failed",
    { validator: validateSuccessResponse, given: { successful: [] }, want: { keyword: "required", instancePath: "" } },
  ],
  [
    "rejects a failed entry with an empty message",
    {
      validator: validateSuccessResponse,
      given: { successful: [], failed: [{ id: "a", errorCode: "InvalidData", errorMessage: "" }] },
      want: { keyword: "minLength", instancePath: "/failed/0/errorMessage" },
    },
  ],
  [
    "rejects a successful entry without eventID",
    {
      validator: validateSuccessResponse,
      given: { successful: [{ id: "a" }], failed: [] },
      want: { keyword: "required", instancePath: "/successful/0" },
    },
  ],
  ["accepts an error body with a message", { validator: validateErrorBody, given: { message: "x" }, want: "valid" }],
  [
    "rejects an error body that is an array",
    { validator: validateErrorBody, given: [], want: { keyword: "type", instancePath: "" } },
  ],
  ["accepts the example eventData", { validator: validateEventData, given: JSON.parse(eventData), want: "valid" }],
  [
    "rejects eventData without UID",
    {
      validator: validateEventData,
      given: { ...JSON.parse(eventData), UID: undefined },
      want: { keyword: "required", instancePath: "" },
    },
  ],
  [
    "rejects a version of 257 characters",
    {
      validator: validateEventData,
      given: { ...JSON.parse(eventData), version: "v".repeat(257) },
      want: { keyword: "maxLength", instancePath: "/version" },
    },
  ],
  [
    "rejects an eventTime with milliseconds",
    {
      validator: validateEventData,
      given: { ...JSON.parse(eventData), eventTime: "2026-11-25T10:00:00.000Z" },
      want: { keyword: "pattern", instancePath: "/eventTime" },
    },
  ],
];

describe("generated validators", () => {
  it.each(rows)("%s", (_name, { validator, given, want }) => {
    const valid = validator(JSON.parse(JSON.stringify(given ?? null)));
    if (want === "valid") {
      expect(validator.errors ?? [], "errors").toEqual([]);
      expect(valid).toBe(true);
      return;
    }
    expect(valid).toBe(false);
    const violations = validator.errors?.map(({ keyword, instancePath }) => ({ keyword, instancePath }));
    expect(violations).toEqual(Array.isArray(want) ? want : [want]);
  });

  it("counts lengths in code points, not UTF-16 units", () => {
    expect(validateRequestQuery({ channelArn: CHANNEL, externalId: "a👍" })).toBe(false);
    expect(validateRequestQuery.errors?.map((e) => e.keyword)).toEqual(["pattern"]);
    expect(validateRequestQuery({ channelArn: CHANNEL, externalId: "👍" })).toBe(false);
    expect(validateRequestQuery.errors?.map((e) => e.keyword)).toEqual(["minLength", "pattern"]);
    const twoEmoji = { ...JSON.parse(eventData), errorCode: "👍".repeat(256) };
    expect(validateEventData(twoEmoji)).toBe(true);
  });
});
