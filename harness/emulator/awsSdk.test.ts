import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type CloudTrailData from "aws-sdk/clients/cloudtraildata.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_ID, EVENTS_PER_REQUEST, EXTERNAL_ID } from "../../generated/constants.ts";
import { REPO_ROOT } from "../codegen/loadSpec.ts";
import { type BotocoreModel, loadBotocoreModel } from "../codegen/upstream/upstreamFiles.ts";
import { PROBE_CHANNELS, probeEvent, probeIds } from "./faults/probeRequests.ts";
import type { ErrorEncoding } from "./stages.ts";
import { type RunningEmulator, startEmulator } from "./startEmulator.ts";
import { cloudTrailDataClient, sdkCall, sdkOutcome } from "./testing/cloudTrailDataClient.ts";

interface SdkCase {
  params: CloudTrailData.PutAuditEventsRequest;
  want: string;
}

// The v2 SDK's trimmed model states required members and types, and no length, count or pattern: even
// with every check of its validator on, it sends every bound violation below and the emulator answers.
const EVERY_CHECK = { min: true, max: true, pattern: true, enum: true };

const one = [probeEvent("event-0")];
const own = (auditEvents: CloudTrailData.AuditEvents, externalId?: string) => ({
  channelArn: PROBE_CHANNELS.own,
  auditEvents,
  ...(externalId === undefined ? {} : { externalId }),
});
const CASES: [string, SdkCase][] = [
  [
    "DuplicatedAuditEventId for a repeated id",
    { params: own([probeEvent("x"), probeEvent("x")]), want: "DuplicatedAuditEventId" },
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
      params: own(probeIds(EVENTS_PER_REQUEST.maxItems + 1).map((id) => probeEvent(id))),
      want: "ValidationException",
    },
  ],
  ["ValidationException for zero events", { params: own([]), want: "ValidationException" }],
  ["ValidationException for an empty id", { params: own([probeEvent("")]), want: "ValidationException" }],
  [
    "ValidationException for an id over its maximum length",
    { params: own([probeEvent("i".repeat(EVENT_ID.maxLength + 1))]), want: "ValidationException" },
  ],
  [
    "ValidationException for an id breaking its pattern",
    { params: own([probeEvent("a b")]), want: "ValidationException" },
  ],
  [
    "ValidationException for an external id under its minimum length",
    { params: own(one, "e".repeat(EXTERNAL_ID.minLength - 1)), want: "ValidationException" },
  ],
  [
    "ValidationException for an external id over its maximum length",
    { params: own(one, "e".repeat(EXTERNAL_ID.maxLength + 1)), want: "ValidationException" },
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

    it.each(CASES)("sends the call and surfaces %s", async (_name, { params, want }) => {
      const client = cloudTrailDataClient(emulator, { paramValidation: EVERY_CHECK });
      expect(await sdkCall(client, params)).toEqual({ outcome: want, sent: true });
    });
  },
);

/** A shape of the SDK's trimmed model: members inline, no `shape` references, `type` absent for strings. */
interface TrimmedShape {
  type?: string;
  required?: string[];
  members?: Record<string, TrimmedShape>;
  member?: TrimmedShape;
}

type Constraints = Record<string, { type: string; required: string[] }>;

/** The required members and type at every path of a trimmed shape: all the SDK can check. */
function trimmedConstraints(shape: TrimmedShape, path: string, out: Constraints = {}): Constraints {
  out[path] = { type: shape.type ?? "string", required: [...(shape.required ?? [])].sort() };
  if (shape.member) trimmedConstraints(shape.member, `${path}[]`, out);
  for (const [name, member] of Object.entries(shape.members ?? {})) trimmedConstraints(member, `${path}.${name}`, out);
  return out;
}

/** The same view of botocore's full model, for the same paths. */
function botocoreConstraints(model: BotocoreModel, name: string, path: string, out: Constraints = {}): Constraints {
  const shape = model.shapes[name];
  if (!shape) throw new Error(`botocore model: no shape ${name}`);
  out[path] = { type: shape.type, required: [...(shape.required ?? [])].sort() };
  if (shape.member) botocoreConstraints(model, shape.member.shape, `${path}[]`, out);
  for (const [member, ref] of Object.entries(shape.members ?? {}))
    botocoreConstraints(model, ref.shape, `${path}.${member}`, out);
  return out;
}

/** Every key named `key` anywhere in a JSON document. */
const keysNamed = (value: unknown, names: readonly string[]): string[] =>
  typeof value !== "object" || value === null
    ? []
    : Object.entries(value).flatMap(([key, inner]) => [
        ...(names.includes(key) ? [key] : []),
        ...keysNamed(inner, names),
      ]);

describe("the trimmed model inside aws-sdk v2", () => {
  const require = createRequire(import.meta.url);
  const trimmed = JSON.parse(readFileSync(require.resolve("aws-sdk/apis/cloudtrail-data-2021-08-11.min.json"), "utf8"));
  const operation = trimmed.operations.PutAuditEvents as { input: TrimmedShape; output: TrimmedShape };
  const botocore = loadBotocoreModel(REPO_ROOT);
  const BOUNDS = ["min", "max", "pattern", "enum"] as const;

  it("states no length, count or pattern, where botocore's full model states them", () => {
    expect(keysNamed(trimmed, BOUNDS)).toEqual([]);
    expect(keysNamed(botocore.shapes, BOUNDS)).toEqual(expect.arrayContaining(["min", "max", "pattern"]));
  });

  it.each(["input", "output"] as const)("states the %s's required members and types as botocore does", (side) => {
    const shape = botocore.operations.PutAuditEvents?.[side]?.shape ?? "";
    expect(trimmedConstraints(operation[side], side)).toEqual(botocoreConstraints(botocore, shape, side));
  });
});

const REFUSED: [string, { params: unknown; want: string }][] = [
  ["a call without channelArn", { params: { auditEvents: one }, want: "MissingRequiredParameter" }],
  [
    "an event without id",
    {
      params: { channelArn: PROBE_CHANNELS.own, auditEvents: [{ eventData: "{}" }] },
      want: "MissingRequiredParameter",
    },
  ],
  [
    "auditEvents that is not a list",
    { params: { channelArn: PROBE_CHANNELS.own, auditEvents: "events" }, want: "InvalidParameterType" },
  ],
  ["an id that is a number", { params: own([{ id: 7, eventData: "{}" } as never]), want: "InvalidParameterType" }],
];

describe("the AWS SDK for JavaScript v2 checks before sending only what its trimmed model states", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it.each(REFUSED)("refuses %s with its own error, without sending it", async (_name, { params, want }) => {
    const client = cloudTrailDataClient(emulator);
    expect(await sdkCall(client, params as CloudTrailData.PutAuditEventsRequest)).toEqual({
      outcome: want,
      sent: false,
    });
  });
});

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
