import { afterAll, describe, expect, it } from "vitest";
import { READINGS } from "../../../generated/constants.ts";
import { faithfulStages, REQUEST_BYTE_LIMIT } from "../faithfulStages.ts";
import { PROBE_CHANNELS, paddedEvents, probeEvent, probeEventData, probeRequest } from "../faults/probeRequests.ts";
import { type RunningEmulator, startEmulator } from "../startEmulator.ts";
import { type EmulatorAnswer, type EmulatorRequest, sendToEmulator } from "../testing/sendToEmulator.ts";
import { applyReadings, parseReadingFlags } from "./applyReadings.ts";
import { EMULATOR_READINGS } from "./readings.ts";
import { UnknownReadingError } from "./unknownReadingError.ts";

/** The table the team agreed on: every reading, its values, the default first. */
const AGREED: Record<string, string[]> = {
  errorNameEncoding: ["header", "body-type-namespaced", "body-code", "header-uri-suffix", "header-and-body"],
  errorMessageKey: ["message", "Message"],
  responseOrder: ["as-sent", "reversed"],
  responseFraming: ["content-length", "chunked"],
  requestSizeLimitBytes: ["1048576", "1000000"],
  requestSizeCounts: ["body", "summed-event-data"],
  emptyRequiredString: ["present", "missing"],
  nullMember: ["mistyped", "absent"],
  invalidUtf8: ["serialization-exception", "lenient"],
  eventFailureMode: ["per-event", "whole-request"],
  channelArnPatternError: ["ValidationException", "InvalidChannelARN"],
  externalIdRefusal: ["ChannelInsufficientPermission", "AccessDeniedException"],
  bareChannelId: ["accepted", "refused"],
  wrongContentType: ["accepted", "unsupported-media-type", "serialization-exception"],
};

const OWN = { channelArn: PROBE_CHANNELS.own };
const NAMESPACE = "com.amazonaws.cloudtraildata";
const body = (events: unknown[]) => probeRequest(events).body;
const one = body([probeEvent("event-0")]);
const two = body([probeEvent("event-0"), probeEvent("event-1")]);
/** A body of `bytes` bytes ending in spaces, whose eventData stays far under the limit. */
const bodyOfBytes = (bytes: number) => {
  const text = body(paddedEvents(5, "x".repeat(Math.floor(REQUEST_BYTE_LIMIT / 5) - 40_000)));
  return text + " ".repeat(bytes - Buffer.byteLength(text));
};
const invalidUtf8InId = Uint8Array.from([
  ...Buffer.from('{"auditEvents":[{"id":"a'),
  0xff,
  ...Buffer.from(`","eventData":${JSON.stringify(probeEventData())}}]}`),
]);

/** What a reading may change about an answer, picked out so that one toEqual compares it. */
const view = (answer: EmulatorAnswer) => {
  const json = (answer.json ?? {}) as Record<string, unknown>;
  const names = (list: unknown) => (Array.isArray(list) ? list.map((entry: { id?: string }) => entry.id) : undefined);
  return {
    status: answer.status,
    header: answer.headers["x-amzn-errortype"],
    __type: json.__type,
    code: json.code,
    message: typeof json.message,
    Message: typeof json.Message,
    keys: Object.keys(json)
      .filter((key) => key !== "fieldList")
      .join(","),
    successful: names(json.successful),
    failed: Array.isArray(json.failed)
      ? json.failed.map((entry: { errorCode?: string }) => entry.errorCode)
      : undefined,
    chunked: answer.headers["transfer-encoding"] === "chunked",
  };
};
type View = ReturnType<typeof view>;
const base: View = {
  status: 400,
  header: undefined,
  __type: undefined,
  code: undefined,
  message: "string",
  Message: "undefined",
  keys: "message",
  successful: undefined,
  failed: undefined,
  chunked: false,
};
const refused = (header: string, status = 400): View => ({ ...base, status, header });
const accepted = (successful: string[], failed: string[] = []): View => ({
  ...base,
  status: 200,
  message: "undefined",
  keys: "successful,failed",
  successful,
  failed,
});

const arnOfS3 = { channelArn: "arn:aws:s3:::bucket" };

/** [reading=value, the request, what the faithful default answers, what the reading answers]. */
const CASES: [string, { request: EmulatorRequest; faithful: View; want: View }][] = [
  [
    "errorNameEncoding=body-type-namespaced",
    {
      request: { query: arnOfS3, body: one },
      faithful: refused("InvalidChannelARN"),
      want: { ...base, keys: "__type,message", __type: `${NAMESPACE}#InvalidChannelARN` },
    },
  ],
  [
    "errorNameEncoding=body-code",
    {
      request: { query: arnOfS3, body: one },
      faithful: refused("InvalidChannelARN"),
      want: { ...base, keys: "code,message", code: "InvalidChannelARN" },
    },
  ],
  [
    "errorNameEncoding=header-uri-suffix",
    {
      request: { query: arnOfS3, body: one },
      faithful: refused("InvalidChannelARN"),
      want: refused(`InvalidChannelARN:http://internal.amazon.com/coral/${NAMESPACE}/`),
    },
  ],
  [
    "errorNameEncoding=header-and-body",
    {
      request: { query: arnOfS3, body: one },
      faithful: refused("InvalidChannelARN"),
      want: { ...refused("InvalidChannelARN"), keys: "__type,message", __type: "InvalidChannelARN" },
    },
  ],
  [
    "errorMessageKey=Message",
    {
      request: { query: arnOfS3, body: one },
      faithful: refused("InvalidChannelARN"),
      want: { ...refused("InvalidChannelARN"), keys: "Message", message: "undefined", Message: "string" },
    },
  ],
  [
    "responseOrder=reversed",
    {
      request: { query: OWN, body: two },
      faithful: accepted(["event-0", "event-1"]),
      want: { ...accepted(["event-1", "event-0"]), keys: "failed,successful" },
    },
  ],
  [
    "responseFraming=chunked",
    {
      request: { query: OWN, body: one },
      faithful: accepted(["event-0"]),
      want: { ...accepted(["event-0"]), chunked: true },
    },
  ],
  [
    "requestSizeLimitBytes=1000000",
    {
      request: { query: OWN, body: bodyOfBytes(1_000_001) },
      faithful: accepted(["event-0", "event-1", "event-2", "event-3", "event-4"]),
      want: refused("ValidationException"),
    },
  ],
  [
    "requestSizeCounts=summed-event-data",
    {
      request: { query: OWN, body: bodyOfBytes(REQUEST_BYTE_LIMIT + 1) },
      faithful: refused("ValidationException"),
      want: accepted(["event-0", "event-1", "event-2", "event-3", "event-4"]),
    },
  ],
  [
    "emptyRequiredString=missing",
    {
      request: {
        query: OWN,
        body: body([
          probeEvent("event-0", { eventData: probeEventData({ userIdentity: { type: "T", principalId: "" } }) }),
        ]),
      },
      faithful: accepted(["event-0"]),
      want: accepted([], ["FieldNotFound"]),
    },
  ],
  [
    "nullMember=absent",
    {
      request: { query: OWN, body: body([{ ...probeEvent("event-0"), eventDataChecksum: null }]) },
      faithful: refused("SerializationException"),
      want: accepted(["event-0"]),
    },
  ],
  [
    "nullMember=absent",
    {
      request: { query: { ...OWN, externalId: "" }, body: one },
      faithful: refused("ValidationException"),
      want: accepted(["event-0"]),
    },
  ],
  [
    "invalidUtf8=lenient",
    {
      request: { query: OWN, body: invalidUtf8InId },
      faithful: refused("SerializationException"),
      want: refused("ValidationException"),
    },
  ],
  [
    "eventFailureMode=whole-request",
    {
      request: { query: OWN, body: body([probeEvent("event-0", { eventDataChecksum: "bad" })]) },
      faithful: accepted([], ["InvalidChecksum"]),
      want: refused("ValidationException"),
    },
  ],
  [
    "channelArnPatternError=InvalidChannelARN",
    {
      // Not a bare id (it has a `:`), so the pattern applies to it.
      request: { query: { channelArn: "urn:no-such-channel-id" }, body: one },
      faithful: refused("ValidationException"),
      want: refused("InvalidChannelARN"),
    },
  ],
  [
    "externalIdRefusal=AccessDeniedException",
    {
      request: { query: { channelArn: PROBE_CHANNELS.externalId.arn }, body: one },
      faithful: refused("ChannelInsufficientPermission"),
      want: refused("AccessDeniedException", 403),
    },
  ],
  [
    "bareChannelId=refused",
    {
      request: { query: { channelArn: PROBE_CHANNELS.own.split("/").pop() ?? "" }, body: one },
      faithful: accepted(["event-0"]),
      // Exempt from the pattern as the ARN suffix, then not an ARN the grammar can read.
      want: refused("InvalidChannelARN"),
    },
  ],
  [
    "wrongContentType=unsupported-media-type",
    {
      request: { query: OWN, body: one, contentType: "text/plain" },
      faithful: accepted(["event-0"]),
      want: refused("UnsupportedMediaTypeException", 415),
    },
  ],
  [
    "wrongContentType=serialization-exception",
    {
      request: { query: OWN, body: one, contentType: "text/plain" },
      faithful: accepted(["event-0"]),
      want: refused("SerializationException"),
    },
  ],
];

describe("the readings table", () => {
  it("names exactly the agreed readings and values, the default first, as the spec does", () => {
    const table = Object.fromEntries(EMULATOR_READINGS.map((r) => [r.name, r.valueNames]));
    expect(table).toEqual(AGREED);
    expect(READINGS.map((r) => r.name)).toEqual(Object.keys(AGREED));
    expect(EMULATOR_READINGS.map((r) => r.defaultValue)).toEqual(Object.values(AGREED).map((values) => values[0]));
  });

  it.each(EMULATOR_READINGS.map((r) => [r.name, r] as const))(
    "%s: the default leaves the stages as they are",
    (_n, r) => {
      expect(r.values[r.defaultValue]?.apply(faithfulStages)).toBe(faithfulStages);
      expect(Object.keys(r.values).sort()).toEqual([...r.valueNames].sort());
      expect(r.valueNames).toContain(r.strictest);
      expect(r.valueNames).toContain(r.mostLenient);
    },
  );

  it("shows every value other than the default in the table of answers below", () => {
    const shown = new Set(CASES.map(([choice]) => choice));
    const others = EMULATOR_READINGS.flatMap((r) =>
      r.valueNames.filter((value) => value !== r.defaultValue).map((value) => `${r.name}=${value}`),
    );
    expect(others.filter((choice) => !shown.has(choice))).toEqual([]);
  });

  it.each([
    [
      "an unknown reading",
      () => applyReadings(faithfulStages, { noSuchReading: "x" }),
      /unknown reading 'noSuchReading'/,
    ],
    [
      "an unknown value",
      () => applyReadings(faithfulStages, { nullMember: "maybe" }),
      /unknown value 'maybe' of reading nullMember/,
    ],
    ["a flag without =", () => parseReadingFlags(["nullMember"]), /--reading takes NAME=VALUE/],
    [
      "a flag of an unknown value",
      () => parseReadingFlags(["bareChannelId=sometimes"]),
      /its values: accepted, refused/,
    ],
  ])("refuses %s with an UnknownReadingError", (_name, act, message) => {
    expect(act).toThrow(UnknownReadingError);
    expect(act).toThrow(message);
  });

  it("reads NAME=VALUE flags into a choice", () => {
    expect(parseReadingFlags(["nullMember=absent", "requestSizeLimitBytes=1000000"])).toEqual({
      nullMember: "absent",
      requestSizeLimitBytes: "1000000",
    });
  });
});

describe("the emulator under each reading over HTTP", () => {
  const started = new Map<string, Promise<RunningEmulator>>();
  const emulatorFor = (choice: string) => {
    if (!started.has(choice))
      started.set(choice, startEmulator({ readings: choice === "" ? {} : parseReadingFlags([choice]) }));
    return started.get(choice) as Promise<RunningEmulator>;
  };
  afterAll(async () => {
    for (const emulator of started.values()) await (await emulator).close();
  });

  it.each(CASES)("%s changes the answer as described", async (choice, { request, faithful, want }) => {
    const [plain, reading] = await Promise.all([emulatorFor(""), emulatorFor(choice)]);
    expect(view(await sendToEmulator(plain, request))).toEqual(faithful);
    expect(view(await sendToEmulator(reading, request))).toEqual(want);
  });

  it("takes every strictest value at once and still answers a valid request", async () => {
    const strictest = Object.fromEntries(EMULATOR_READINGS.map((r) => [r.name, r.strictest]));
    const emulator = await startEmulator({ readings: strictest });
    try {
      const answer = await sendToEmulator(emulator, { query: OWN, body: two });
      expect(view(answer)).toEqual({ ...accepted(["event-1", "event-0"]), keys: "failed,successful", chunked: true });
    } finally {
      await emulator.close();
    }
  });
});
