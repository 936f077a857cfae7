import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent } from "../../generated/api.ts";
import {
  EVENT_DATA_OBJECT_BYTE_LIMITS,
  EVENT_DATA_STRING_LIMITS,
  EVENT_SIZE_LIMIT,
} from "../../generated/constants.ts";
import { eventDataChecksum } from "../protocol/eventDataChecksum.ts";
import { probeEventData, probeRequest } from "./faults/probeRequests.ts";
import { type RunningEmulator, startEmulator } from "./startEmulator.ts";
import { summarizeAnswer } from "./testing/answerSummary.ts";
import { sendToEmulator } from "./testing/sendToEmulator.ts";

const NAME_LIMIT = EVENT_DATA_STRING_LIMITS["/eventName"];
const PARAMETERS_LIMIT = EVENT_DATA_OBJECT_BYTE_LIMITS["/requestParameters"].certainlyBeyond - 1;
const data = probeEventData;
/** requestParameters of exactly `bytes` bytes once serialised: `{"p":"..."}` is 8 bytes of framing. */
const parametersOfBytes = (bytes: number) => ({ p: "x".repeat(bytes - 8) });
/** eventData of exactly `bytes` bytes, padded in an unconstrained field. */
const eventDataOfBytes = (bytes: number) => {
  const base = data({ padding: "" });
  return data({ padding: "x".repeat(bytes - Buffer.byteLength(base)) });
};

const CASES: [string, { event: Omit<AuditEvent, "id">; want: string | undefined }][] = [
  ["ingests a valid event", { event: { eventData: data() }, want: undefined }],
  [
    "ingests an event with its right checksum",
    { event: { eventData: data(), eventDataChecksum: eventDataChecksum(data()) }, want: undefined },
  ],
  [
    "fails a wrong checksum with InvalidChecksum",
    { event: { eventData: data(), eventDataChecksum: eventDataChecksum("x") }, want: "InvalidChecksum" },
  ],
  ["fails eventData that is not JSON with InvalidData", { event: { eventData: "{not json" }, want: "InvalidData" }],
  ["fails eventData that is a JSON array with InvalidData", { event: { eventData: "[]" }, want: "InvalidData" }],
  ["fails a missing UID with FieldNotFound", { event: { eventData: data({ UID: undefined }) }, want: "FieldNotFound" }],
  [
    "fails a missing userIdentity.principalId with FieldNotFound",
    { event: { eventData: data({ userIdentity: { type: "T" } }) }, want: "FieldNotFound" },
  ],
  ["fails a numeric version with InvalidData", { event: { eventData: data({ version: 1 }) }, want: "InvalidData" }],
  [
    "fails a malformed eventTime with InvalidData",
    { event: { eventData: data({ eventTime: "2026-11-25 10:00:00" }) }, want: "InvalidData" },
  ],
  [
    "ingests an eventName of the maximum length",
    { event: { eventData: data({ eventName: "n".repeat(NAME_LIMIT) }) }, want: undefined },
  ],
  [
    "counts an eventName's length in code points",
    { event: { eventData: data({ eventName: "\u{1F680}".repeat(NAME_LIMIT) }) }, want: undefined },
  ],
  [
    "fails an eventName one over the maximum with FieldTooLong",
    { event: { eventData: data({ eventName: "n".repeat(NAME_LIMIT + 1) }) }, want: "FieldTooLong" },
  ],
  [
    "ingests requestParameters of exactly their byte limit",
    { event: { eventData: data({ requestParameters: parametersOfBytes(PARAMETERS_LIMIT) }) }, want: undefined },
  ],
  [
    "fails requestParameters one byte over their limit with FieldTooLong",
    {
      event: { eventData: data({ requestParameters: parametersOfBytes(PARAMETERS_LIMIT + 1) }) },
      want: "FieldTooLong",
    },
  ],
  [
    "ingests eventData of exactly the event size limit",
    { event: { eventData: eventDataOfBytes(EVENT_SIZE_LIMIT.certainlyBeyond - 1) }, want: undefined },
  ],
  [
    "fails eventData one byte over the event size limit with FieldTooLong",
    { event: { eventData: eventDataOfBytes(EVENT_SIZE_LIMIT.certainlyBeyond) }, want: "FieldTooLong" },
  ],
  [
    "fails another recipient account with InvalidRecipient",
    { event: { eventData: data({ recipientAccountId: "999999999999" }) }, want: "InvalidRecipient" },
  ],
];

describe("per-event answers of the faithful emulator", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it.each(CASES)("%s", async (_name, { event, want }) => {
    const { query, body } = probeRequest([{ id: "event-0", ...event }]);
    const answer = await sendToEmulator(emulator, { query, body });
    const wanted =
      want === undefined ? { successful: ["event-0"], failed: {} } : { successful: [], failed: { "event-0": want } };
    expect(summarizeAnswer(answer)).toMatchObject({
      status: 200,
      ...wanted,
      eventIdsPresentAndDistinct: true,
      failedMessagesPresent: true,
    });
  });

  it("keeps request order in both lists and stores only the ingested events", async () => {
    await sendToEmulator(emulator, { method: "DELETE", path: "/_emulator/events" });
    const events = ["a", "b", "c", "d"].map((id, index) => ({ id, eventData: index % 2 === 0 ? data() : "bad" }));
    const { query, body } = probeRequest(events);
    const answer = summarizeAnswer(await sendToEmulator(emulator, { query, body }));
    expect(answer).toMatchObject({ successful: ["a", "c"], failed: { b: "InvalidData", d: "InvalidData" } });
    const stored = emulator.storedEvents();
    expect(stored.total).toBe(2);
    expect(stored.events.map((event) => event.id)).toEqual(["a", "c"]);
    const listed = await sendToEmulator(emulator, { method: "GET", path: "/_emulator/events" });
    expect(listed.json).toMatchObject({ total: 2 });
  });

  it("keeps failed messages within the documented 1..1024 characters", async () => {
    const { query, body } = probeRequest([
      { id: "event-0", eventData: data({ recipientAccountId: "9".repeat(5000) }) },
    ]);
    const answer = await sendToEmulator(emulator, { query, body });
    const [entry] = (answer.json as { failed: { errorMessage: string }[] }).failed;
    expect(entry?.errorMessage.length).toBeGreaterThan(0);
    expect(entry?.errorMessage.length).toBeLessThanOrEqual(1024);
  });
});
