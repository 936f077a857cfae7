import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENTS_PER_REQUEST } from "../../generated/constants.ts";
import { PROBE_CHANNELS, probeEvent, probeIds } from "./faults/probeRequests.ts";
import type { ErrorEncoding } from "./stages.ts";
import { type RunningEmulator, startEmulator } from "./startEmulator.ts";
import { cloudTrailDataClient, sdkOutcome } from "./testing/cloudTrailDataClient.ts";

interface SdkCase {
  params: {
    channelArn: string;
    externalId?: string;
    auditEvents: { id: string; eventData: string; eventDataChecksum?: string }[];
  };
  /** The SDK would refuse to send these parameters itself. */
  unvalidated?: boolean;
  want: string;
}

const one = [probeEvent("event-0")];
const CASES: [string, SdkCase][] = [
  [
    "DuplicatedAuditEventId for a repeated id",
    {
      params: { channelArn: PROBE_CHANNELS.own, auditEvents: [probeEvent("x"), probeEvent("x")] },
      want: "DuplicatedAuditEventId",
    },
  ],
  [
    "ChannelNotFound for an unknown channel",
    { params: { channelArn: PROBE_CHANNELS.own.replace(/1$/, "7"), auditEvents: one }, want: "ChannelNotFound" },
  ],
  [
    "ChannelInsufficientPermission for another account's channel",
    { params: { channelArn: PROBE_CHANNELS.foreign, auditEvents: one }, want: "ChannelInsufficientPermission" },
  ],
  [
    "ChannelInsufficientPermission for a missing external id",
    { params: { channelArn: PROBE_CHANNELS.externalId.arn, auditEvents: one }, want: "ChannelInsufficientPermission" },
  ],
  [
    "InvalidChannelARN for an ARN of another service",
    { params: { channelArn: "arn:aws:sqs:us-east-1:111122223333:queue", auditEvents: one }, want: "InvalidChannelARN" },
  ],
  [
    "ValidationException for too many events",
    {
      params: {
        channelArn: PROBE_CHANNELS.own,
        auditEvents: probeIds(EVENTS_PER_REQUEST.maxItems + 1).map((id) => probeEvent(id)),
      },
      want: "ValidationException",
    },
  ],
  [
    "ValidationException for zero events",
    { params: { channelArn: PROBE_CHANNELS.own, auditEvents: [] }, unvalidated: true, want: "ValidationException" },
  ],
  [
    "ValidationException for an empty id",
    {
      params: { channelArn: PROBE_CHANNELS.own, auditEvents: [probeEvent("")] },
      unvalidated: true,
      want: "ValidationException",
    },
  ],
  [
    "ValidationException for a 1-character external id",
    {
      params: { channelArn: PROBE_CHANNELS.own, externalId: "a", auditEvents: one },
      unvalidated: true,
      want: "ValidationException",
    },
  ],
];

describe.each<ErrorEncoding>(["header", "body"])(
  "the AWS SDK for JavaScript v2 against the emulator (errors in the %s)",
  (errorEncoding) => {
    let emulator: RunningEmulator;
    beforeAll(async () => {
      emulator = await startEmulator({ errorEncoding });
    });
    afterAll(() => emulator.close());

    it("puts a valid batch and reads the answer", async () => {
      const client = cloudTrailDataClient(emulator);
      const events = [probeEvent("a"), { id: "b", eventData: "not json" }];
      const result = await client.putAuditEvents({ channelArn: PROBE_CHANNELS.own, auditEvents: events }).promise();
      expect(result.successful.map((entry) => entry.id)).toEqual(["a"]);
      expect(result.successful[0]?.eventID).toMatch(/^[0-9a-f-]{36}$/);
      expect(result.failed).toEqual([{ id: "b", errorCode: "InvalidData", errorMessage: expect.any(String) }]);
    });

    it.each(CASES)("surfaces %s", async (_name, { params, unvalidated, want }) => {
      const client = cloudTrailDataClient(emulator, { paramValidation: !unvalidated });
      expect(await sdkOutcome(client.putAuditEvents(params).promise())).toBe(want);
    });
  },
);

describe("the AWS SDK against the emulator's default authentication", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  const params = {
    channelArn: PROBE_CHANNELS.own,
    externalId: "a+b=c,d.e@f:g/h-i",
    auditEvents: [probeEvent("event-0")],
  };

  it.each([
    ["accepts the SDK's signed request", {}, "ok"],
    [
      "rejects a wrong secret with InvalidSignatureException",
      { secretAccessKey: "wrong-secret" },
      "InvalidSignatureException",
    ],
    [
      "rejects an unknown access key with UnrecognizedClientException",
      { accessKeyId: "AKIDUNKNOWN" },
      "UnrecognizedClientException",
    ],
  ])("%s", async (_name, options, want) => {
    expect(await sdkOutcome(cloudTrailDataClient(emulator, options).putAuditEvents(params).promise())).toBe(want);
  });

  it("reads the caller's account from the signing key", async () => {
    const foreignKey = emulator.fixture.keys.find((key) => key.accountId !== emulator.fixture.defaultAccountId);
    const client = cloudTrailDataClient(emulator, {
      accessKeyId: foreignKey?.accessKeyId ?? "",
      secretAccessKey: foreignKey?.secretAccessKey ?? "",
    });
    expect(await sdkOutcome(client.putAuditEvents(params).promise())).toBe("ChannelInsufficientPermission");
  });
});

describe("the AWS SDK against the emulator with --accept-any-key", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ acceptAnyKey: true });
  });
  afterAll(() => emulator.close());

  it.each([
    ["accepts the fixture's key", {}, "ok"],
    ["accepts a key the fixture does not know", { accessKeyId: "AKIDUSERSOWN", secretAccessKey: "own-secret" }, "ok"],
    ["still rejects a known key with a wrong secret", { secretAccessKey: "wrong" }, "InvalidSignatureException"],
  ])("%s", async (_name, options, want) => {
    const params = { channelArn: PROBE_CHANNELS.own, auditEvents: [probeEvent("event-0")] };
    expect(await sdkOutcome(cloudTrailDataClient(emulator, options).putAuditEvents(params).promise())).toBe(want);
  });
});
