import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { presignSigV4 } from "../../protocol/sigV4/signSigV4.ts";
import { defaultEmulatorFixture } from "../defaultEmulatorFixture.ts";
import type { EmulatorFixture } from "../emulatorFixture.ts";
import { REQUEST_BYTE_LIMIT } from "../faithfulStages.ts";
import { paddedEvents, probeEvent, probeRequest } from "../faults/probeRequests.ts";
import { type EmulatorOptions, type RunningEmulator, startEmulator } from "../startEmulator.ts";
import { sendToEmulator } from "../testing/sendToEmulator.ts";
import { rawQueryOf, signRequest } from "../testing/signRequest.ts";

const valid = probeRequest([probeEvent("event-0")]);
const oversize = probeRequest(paddedEvents(5, "x".repeat(REQUEST_BYTE_LIMIT / 5)));
type Headers = Record<string, string>;
type SignOptions = Parameters<typeof signRequest>[3];
const without = (headers: Headers, name: string) =>
  Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const UNKNOWN_KEY = { accessKeyId: "AKIDUNKNOWNTOTHEFIXTURE", secretAccessKey: "whatever" };
const TEMPORARY = { accessKeyId: "ASIATEMPORARY", secretAccessKey: "temporary-secret", sessionToken: "session/token=" };
const fixture: EmulatorFixture = {
  ...defaultEmulatorFixture,
  keys: [...defaultEmulatorFixture.keys, { ...TEMPORARY, accountId: defaultEmulatorFixture.defaultAccountId }],
};

interface Given {
  body?: string;
  signedBody?: string;
  sign?: SignOptions;
  edit?: (headers: Headers) => Headers;
}

const CASES: [string, { given: Given; want: [number, string | undefined] }][] = [
  ["accepts a correctly signed request", { given: {}, want: [200, undefined] }],
  [
    "rejects a tampered body with InvalidSignatureException",
    {
      given: { body: valid.body.replace("event-0", "event-1"), signedBody: valid.body },
      want: [403, "InvalidSignatureException"],
    },
  ],
  [
    "rejects a request without Authorization with MissingAuthenticationTokenException",
    { given: { edit: (h) => without(h, "authorization") }, want: [403, "MissingAuthenticationTokenException"] },
  ],
  [
    "rejects Authorization: x with IncompleteSignature",
    { given: { edit: (h) => ({ ...h, authorization: "x" }) }, want: [403, "IncompleteSignature"] },
  ],
  [
    "rejects a request without X-Amz-Date with IncompleteSignature",
    { given: { edit: (h) => without(h, "x-amz-date") }, want: [403, "IncompleteSignature"] },
  ],
  [
    "rejects a signature for another service with InvalidSignatureException",
    { given: { sign: { service: "cloudtrail" } }, want: [403, "InvalidSignatureException"] },
  ],
  [
    "rejects a signature for another Region with InvalidSignatureException",
    { given: { sign: { region: "eu-central-1" } }, want: [403, "InvalidSignatureException"] },
  ],
  [
    "rejects a signature 20 minutes old with InvalidSignatureException",
    { given: { sign: { date: minutesAgo(20) } }, want: [403, "InvalidSignatureException"] },
  ],
  ["accepts a signature 10 minutes old", { given: { sign: { date: minutesAgo(10) } }, want: [200, undefined] }],
  [
    "rejects a known key with a wrong secret with InvalidSignatureException",
    {
      given: { sign: { credentials: { accessKeyId: "AKIDEXAMPLECALLER", secretAccessKey: "wrong" } } },
      want: [403, "InvalidSignatureException"],
    },
  ],
  [
    "rejects an unknown key with UnrecognizedClientException",
    { given: { sign: { credentials: UNKNOWN_KEY } }, want: [403, "UnrecognizedClientException"] },
  ],
  [
    "accepts a temporary key with its session token",
    { given: { sign: { credentials: TEMPORARY } }, want: [200, undefined] },
  ],
  [
    "rejects a temporary key with another session token with UnrecognizedClientException",
    {
      given: { sign: { credentials: { ...TEMPORARY, sessionToken: "other" } } },
      want: [403, "UnrecognizedClientException"],
    },
  ],
  [
    "checks the signature of an oversize body, then answers its size",
    { given: { body: oversize.body }, want: [400, "ValidationException"] },
  ],
];

async function answerTo(emulator: RunningEmulator, { body = valid.body, signedBody, sign, edit }: Given) {
  const signed = signRequest(emulator, valid.query, signedBody ?? body, sign);
  const headers = edit === undefined ? signed : edit(signed);
  const answer = await sendToEmulator(emulator.url, { query: valid.query, body, headers, contentType: null });
  return [answer.status, answer.headers["x-amzn-errortype"]];
}

function withEmulator(options: EmulatorOptions, body: (get: () => RunningEmulator) => void) {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ fixture, ...options });
  });
  afterAll(() => emulator.close());
  body(() => emulator);
}

describe("SigV4 authentication, on by default", () => {
  withEmulator({}, (emulator) => {
    it.each(CASES)("%s", async (_name, { given, want }) => {
      expect(await answerTo(emulator(), given)).toEqual(want);
    });

    it.each([
      ["accepts a valid presigned request", 0, [200, undefined]],
      ["rejects an expired presigned request with InvalidSignatureException", 10, [403, "InvalidSignatureException"]],
    ] as const)("%s", async (_name, age, want) => {
      const target = emulator();
      const rawQuery = presignSigV4(
        {
          method: "POST",
          rawPath: "/PutAuditEvents",
          rawQuery: rawQueryOf(valid.query),
          headers: { host: `127.0.0.1:${target.port}` },
        },
        valid.body,
        {
          credentials: target.credentials,
          region: target.region,
          service: "cloudtrail-data",
          date: minutesAgo(age),
          expiresSeconds: 300,
        },
      );
      const answer = await sendToEmulator(target.url, { query: rawQuery, body: valid.body });
      expect([answer.status, answer.headers["x-amzn-errortype"]]).toEqual(want);
    });
  });
});

describe("--accept-any-key", () => {
  withEmulator({ acceptAnyKey: true }, (emulator) => {
    it.each([
      ["accepts an unknown key as the default account", { sign: { credentials: UNKNOWN_KEY } }, [200, undefined]],
      [
        "still rejects a known key with a wrong secret",
        { sign: { credentials: { accessKeyId: "AKIDEXAMPLECALLER", secretAccessKey: "x" } } },
        [403, "InvalidSignatureException"],
      ],
      [
        "still rejects an unsigned request",
        { edit: (h: Headers) => without(h, "authorization") },
        [403, "MissingAuthenticationTokenException"],
      ],
    ] as const)("%s", async (_name, given, want) => {
      expect(await answerTo(emulator(), given)).toEqual(want);
    });
  });
});

describe("--no-auth", () => {
  withEmulator({ auth: "off" }, (emulator) => {
    it("accepts an unsigned request", async () => {
      expect(await answerTo(emulator(), { edit: (h) => without(h, "authorization") })).toEqual([200, undefined]);
    });
  });
});
