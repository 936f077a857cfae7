import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATION_ERRORS, PER_EVENT_ERROR_CODES } from "../../generated/constants.ts";
import { parseChannelArn } from "../protocol/channelArn.ts";
import { PROBE_CHANNELS, probeEvent, probeEventData, probeRequest } from "./faults/probeRequests.ts";
import { type RunningEmulator, startEmulator } from "./startEmulator.ts";
import { summarizeAnswer } from "./testing/answerSummary.ts";
import { sendToEmulator } from "./testing/sendToEmulator.ts";

type Fixtures = RunningEmulator["targetFixtures"];
type Probe = (fixtures: Fixtures) => { query: Record<string, string>; body: string };

/** One valid event for the owner of `channelArn`, with eventData changes and event member overrides. */
const oneEventTo =
  (pick: (fixtures: Fixtures) => string | undefined, changes: Record<string, unknown> = {}, member = {}): Probe =>
  (fixtures) => {
    const channelArn = pick(fixtures) ?? "";
    const recipientAccountId = parseChannelArn(channelArn)?.account;
    const event = probeEvent("event-0", { eventData: probeEventData({ recipientAccountId, ...changes }), ...member });
    return probeRequest([event], { channelArn });
  };
const own = (fixtures: Fixtures) => fixtures.ownChannelArn;

/** A documented trigger for every operation error of the spec, answered as a whole-request error. */
const OPERATION_TRIGGERS: Record<(typeof OPERATION_ERRORS)[number]["name"], Probe> = {
  ChannelInsufficientPermission: oneEventTo((f) => f.foreignChannelArn),
  ChannelNotFound: oneEventTo((f) => f.ownChannelArn?.replace(/1$/, "9")),
  ChannelUnsupportedSchema: oneEventTo((f) => f.unsupportedSchemaChannelArn),
  DuplicatedAuditEventId: () => probeRequest([probeEvent("same"), probeEvent("same")]),
  InvalidChannelARN: () => probeRequest([probeEvent("event-0")], { channelArn: "arn:aws:s3:::pae-bucket" }),
  UnsupportedOperationException: oneEventTo((f) => f.unsupportedOperationChannelArn),
};

/** A documented trigger for every per-event code of the spec, answered in `failed`. */
const PER_EVENT_TRIGGERS: Record<(typeof PER_EVENT_ERROR_CODES)[number]["code"], Probe> = {
  FieldTooLong: oneEventTo(own, { eventName: "n".repeat(1025) }),
  FieldNotFound: oneEventTo(own, { UID: undefined }),
  InvalidChecksum: oneEventTo(own, {}, { eventDataChecksum: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" }),
  InvalidData: oneEventTo(own, {}, { eventData: "not json" }),
  InvalidRecipient: oneEventTo(own, { recipientAccountId: "999999999999" }),
  InvalidEventSource: oneEventTo((f) => f.eventSourceChannel?.arn, { eventSource: "another.source" }),
  AccountNotSubscribed: oneEventTo((f) => f.notSubscribedChannelArn),
  Throttling: oneEventTo((f) => f.throttlingChannelArn),
  InternalFailure: oneEventTo((f) => f.internalFailureChannelArn),
};

describe("every documented answer has a trigger in the built-in fixture", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it("covers every name of the spec's two lists", () => {
    expect(Object.keys(OPERATION_TRIGGERS).sort()).toEqual(OPERATION_ERRORS.map((error) => error.name).sort());
    expect(Object.keys(PER_EVENT_TRIGGERS).sort()).toEqual(PER_EVENT_ERROR_CODES.map((entry) => entry.code).sort());
  });

  it.each(Object.entries(OPERATION_TRIGGERS))("answers %s", async (name, probe) => {
    const answer = summarizeAnswer(await sendToEmulator(emulator, probe(emulator.targetFixtures)));
    expect(answer).toMatchObject({ status: 400, errorHeader: name });
  });

  it.each(Object.entries(PER_EVENT_TRIGGERS))("fails an event with %s", async (code, probe) => {
    const answer = summarizeAnswer(await sendToEmulator(emulator, probe(emulator.targetFixtures)));
    expect(answer).toMatchObject({ status: 200, successful: [], failed: { "event-0": code } });
  });

  it("keeps the partner flow: the right externalId is accepted", async () => {
    const partner = emulator.targetFixtures.partnerChannel;
    const { body } = oneEventTo(() => partner?.arn)(emulator.targetFixtures);
    const query = { channelArn: partner?.arn ?? "", externalId: partner?.externalId ?? "" };
    expect(summarizeAnswer(await sendToEmulator(emulator, { query, body }))).toMatchObject({
      status: 200,
      successful: ["event-0"],
    });
    expect(PROBE_CHANNELS.callerAccountId).not.toBe(parseChannelArn(partner?.arn ?? "")?.account);
  });
});
