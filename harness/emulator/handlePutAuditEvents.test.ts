import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_ID, EVENTS_PER_REQUEST, EXTERNAL_ID } from "../../generated/constants.ts";
import { REQUEST_BYTE_LIMIT } from "./faithfulStages.ts";
import type { ProbeAnswer } from "./faults/fault.ts";
import { PROBE_CHANNELS, paddedEvents, probeEvent, probeIds, probeRequest } from "./faults/probeRequests.ts";
import { type RunningEmulator, startEmulator } from "./startEmulator.ts";
import { expectedSummary, summarizeAnswer } from "./testing/answerSummary.ts";
import { type EmulatorRequest, sendToEmulator } from "./testing/sendToEmulator.ts";

const OWN = { channelArn: PROBE_CHANNELS.own };
/** Deeper than any recursive parser's stack: 400 kB of brackets, well inside the request limit. */
const DEEP = 200_000;
const one = probeRequest([probeEvent("event-0")]).body;
const ok = (ids: string[] = ["event-0"]): ProbeAnswer => ({ status: 200, successful: ids });
const error = (name: string, status = 400): ProbeAnswer => ({ status, error: name });
const events = (count: number) => JSON.stringify({ auditEvents: probeIds(count).map((id) => probeEvent(id)) });
const withIds = (ids: string[]) => JSON.stringify({ auditEvents: ids.map((id) => probeEvent(id)) });
/** A body of exactly `bytes` bytes: JSON may end in whitespace. */
const bodyOfBytes = (bytes: number) => {
  const body = probeRequest(paddedEvents(5, "x".repeat(Math.floor(bytes / 5) - 400))).body;
  return body + " ".repeat(bytes - Buffer.byteLength(body));
};
const post = (
  body: string | Uint8Array,
  query: EmulatorRequest["query"] = OWN,
  extra: Partial<EmulatorRequest> = {},
) => ({ query, body, ...extra });

const CASES: [string, { request: EmulatorRequest; want: ProbeAnswer }][] = [
  [
    "answers an unknown path with 404 UnknownOperationException",
    { request: { path: "/Nope", query: OWN, body: one }, want: error("UnknownOperationException", 404) },
  ],
  [
    "answers GET on the operation path with 404 UnknownOperationException",
    { request: { method: "GET", query: OWN }, want: error("UnknownOperationException", 404) },
  ],
  ["accepts a valid event", { request: post(one), want: ok() }],
  [
    "accepts a body of exactly the byte limit",
    { request: post(bodyOfBytes(REQUEST_BYTE_LIMIT)), want: ok(probeIds(5)) },
  ],
  [
    "rejects a body one byte over the limit with ValidationException",
    { request: post(bodyOfBytes(REQUEST_BYTE_LIMIT + 1)), want: error("ValidationException") },
  ],
  [
    "reads a text/plain body as JSON all the same (reading wrongContentType=accepted, the default)",
    { request: post(one, OWN, { contentType: "text/plain" }), want: ok() },
  ],
  [
    "accepts application/json with a charset",
    { request: post(one, OWN, { contentType: "application/json; charset=utf-8" }), want: ok() },
  ],
  ["accepts a body without Content-Type", { request: post(one, OWN, { contentType: null }), want: ok() }],
  ["rejects `{[` with SerializationException", { request: post("{["), want: error("SerializationException") }],
  [
    "rejects trailing garbage with SerializationException",
    { request: post(`${one} x`), want: error("SerializationException") },
  ],
  [
    "rejects a top-level array with SerializationException",
    { request: post("[]"), want: error("SerializationException") },
  ],
  [
    "rejects a top-level number with SerializationException",
    { request: post("10"), want: error("SerializationException") },
  ],
  [
    "rejects a top-level null with SerializationException",
    { request: post("null"), want: error("SerializationException") },
  ],
  ["rejects an empty body with SerializationException", { request: post(""), want: error("SerializationException") }],
  [
    "rejects invalid UTF-8 with SerializationException",
    { request: post(new Uint8Array([0x7b, 0xff, 0x7d])), want: error("SerializationException") },
  ],
  [
    "rejects auditEvents nested 200,000 lists deep, complete JSON, without a 5xx",
    { request: post(`{"auditEvents":${"[".repeat(DEEP)}${"]".repeat(DEEP)}}`), want: error("SerializationException") },
  ],
  [
    "fails eventData nested 200,000 lists deep, complete JSON, as InvalidData without a 5xx",
    {
      request: post(
        JSON.stringify({
          auditEvents: [probeEvent("event-0", { eventData: `${"[".repeat(DEEP)}${"]".repeat(DEEP)}` })],
        }),
      ),
      want: { status: 200, successful: [], failed: { "event-0": "InvalidData" } },
    },
  ],
  [
    "reads a __proto__ member as an ordinary one: events under it are not the body's auditEvents",
    { request: post(`{"__proto__":${one}}`), want: error("ValidationException") },
  ],
  [
    "rejects auditEvents of the wrong type with SerializationException",
    { request: post('{"auditEvents":"x"}'), want: error("SerializationException") },
  ],
  [
    "rejects a body without auditEvents with ValidationException",
    { request: post("{}"), want: error("ValidationException") },
  ],
  ["rejects 0 events with ValidationException", { request: post(events(0)), want: error("ValidationException") }],
  [
    "accepts exactly the maximum number of events",
    { request: post(events(EVENTS_PER_REQUEST.maxItems)), want: ok(probeIds(EVENTS_PER_REQUEST.maxItems)) },
  ],
  [
    "rejects one event over the maximum with ValidationException",
    { request: post(events(EVENTS_PER_REQUEST.maxItems + 1)), want: error("ValidationException") },
  ],
  [
    "accepts an id of the maximum length",
    { request: post(withIds(["i".repeat(EVENT_ID.maxLength)])), want: ok(["i".repeat(EVENT_ID.maxLength)]) },
  ],
  [
    "rejects an id one over the maximum length",
    { request: post(withIds(["i".repeat(EVENT_ID.maxLength + 1)])), want: error("ValidationException") },
  ],
  ["rejects an empty id", { request: post(withIds([""])), want: error("ValidationException") }],
  ["rejects an id breaking the pattern", { request: post(withIds(["é"])), want: error("ValidationException") }],
  [
    "rejects a request without channelArn with ValidationException",
    { request: post(one, {}), want: error("ValidationException") },
  ],
  [
    "rejects a repeated channelArn with SerializationException",
    {
      request: post(one, `channelArn=${encodeURIComponent(PROBE_CHANNELS.own)}&channelArn=x`),
      want: error("SerializationException"),
    },
  ],
  [
    "rejects broken percent-encoding with SerializationException",
    { request: post(one, "channelArn=%E0%A4%A"), want: error("SerializationException") },
  ],
  [
    "resolves a bare channel id to its channel",
    { request: post(one, { channelArn: PROBE_CHANNELS.own.split("/").pop() ?? "" }), want: ok() },
  ],
  [
    "rejects a channelArn breaking ^arn: with ValidationException",
    { request: post(one, { channelArn: "urn:aws:cloudtrail" }), want: error("ValidationException") },
  ],
  [
    "answers an unknown bare channel id ChannelNotFound, after validation",
    { request: post(one, { channelArn: "no-such-channel-id" }), want: error("ChannelNotFound") },
  ],
  [
    "answers the bare id of another account's channel ChannelNotFound: only the caller's own are resolved",
    {
      request: post(one, { channelArn: PROBE_CHANNELS.foreign.split("/").pop() ?? "" }),
      want: error("ChannelNotFound"),
    },
  ],
  [
    "answers a bare id that breaks another rule with ValidationException, whether or not it exists",
    {
      request: post(one, { channelArn: PROBE_CHANNELS.own.split("/").pop() ?? "", externalId: "a" }),
      want: error("ValidationException"),
    },
  ],
  [
    "rejects a 1-character externalId",
    { request: post(one, { ...OWN, externalId: "a" }), want: error("ValidationException") },
  ],
  [
    "accepts an externalId of the maximum length on an open channel",
    { request: post(one, { ...OWN, externalId: "e".repeat(EXTERNAL_ID.maxLength) }), want: ok() },
  ],
  [
    "rejects an externalId one over the maximum",
    {
      request: post(one, { ...OWN, externalId: "e".repeat(EXTERNAL_ID.maxLength + 1) }),
      want: error("ValidationException"),
    },
  ],
  [
    "rejects an externalId breaking the pattern",
    { request: post(one, { ...OWN, externalId: "a b" }), want: error("ValidationException") },
  ],
  [
    "rejects an ARN of another service with InvalidChannelARN",
    { request: post(one, { channelArn: "arn:aws:s3:::bucket" }), want: error("InvalidChannelARN") },
  ],
  [
    "rejects an unknown channel with ChannelNotFound",
    { request: post(one, { channelArn: PROBE_CHANNELS.own.replace(/1$/, "9") }), want: error("ChannelNotFound") },
  ],
  [
    "rejects a channel of another region with ChannelNotFound",
    {
      request: post(one, { channelArn: PROBE_CHANNELS.own.replace("us-east-1", "eu-central-1") }),
      want: error("ChannelNotFound"),
    },
  ],
  [
    "rejects another account's channel with ChannelInsufficientPermission",
    { request: post(one, { channelArn: PROBE_CHANNELS.foreign }), want: error("ChannelInsufficientPermission") },
  ],
  [
    "rejects a missing external id with ChannelInsufficientPermission",
    { request: post(one, { channelArn: PROBE_CHANNELS.externalId.arn }), want: error("ChannelInsufficientPermission") },
  ],
  [
    "rejects a wrong external id with ChannelInsufficientPermission",
    {
      request: post(one, { channelArn: PROBE_CHANNELS.externalId.arn, externalId: "wrong-id" }),
      want: error("ChannelInsufficientPermission"),
    },
  ],
  [
    "accepts the right external id",
    {
      request: post(one, {
        channelArn: PROBE_CHANNELS.externalId.arn,
        externalId: PROBE_CHANNELS.externalId.externalId,
      }),
      want: ok(),
    },
  ],
  [
    "rejects duplicate ids with DuplicatedAuditEventId",
    { request: post(withIds(["same", "other", "same"])), want: error("DuplicatedAuditEventId") },
  ],
];

describe("the faithful emulator over HTTP", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it.each(CASES)("%s", async (_name, { request, want }) => {
    const answer = await sendToEmulator(emulator, request);
    expect(summarizeAnswer(answer)).toEqual(expectedSummary(want));
    expect(answer.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
  });
});
