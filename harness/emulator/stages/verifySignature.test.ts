import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_BYTE_LIMIT } from "../faithfulStages.ts";
import { paddedEvents, probeEvent, probeRequest } from "../faults/probeRequests.ts";
import { type RunningEmulator, startEmulator } from "../startEmulator.ts";
import { sendToEmulator } from "../testing/sendToEmulator.ts";
import { signRequest } from "../testing/signRequest.ts";

const valid = probeRequest([probeEvent("event-0")]);
const oversize = probeRequest(paddedEvents(5, "x".repeat(REQUEST_BYTE_LIMIT / 5)));
type Headers = Record<string, string>;
const without = (headers: Headers, name: string) =>
  Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));

const CASES: [
  string,
  { body: string; signedBody?: string; edit?: (headers: Headers) => Headers; want: [number, string | undefined] },
][] = [
  ["accepts a correctly signed request", { body: valid.body, want: [200, undefined] }],
  [
    "rejects a tampered body with InvalidSignatureException",
    {
      body: valid.body.replace("event-0", "event-1"),
      signedBody: valid.body,
      want: [403, "InvalidSignatureException"],
    },
  ],
  [
    "rejects a request without Authorization with MissingAuthenticationTokenException",
    { body: valid.body, edit: (h) => without(h, "authorization"), want: [403, "MissingAuthenticationTokenException"] },
  ],
  [
    "rejects a malformed Authorization with IncompleteSignature",
    {
      body: valid.body,
      edit: (h) => ({ ...h, authorization: "AWS4-HMAC-SHA256 nonsense" }),
      want: [403, "IncompleteSignature"],
    },
  ],
  [
    "rejects a request without X-Amz-Date with IncompleteSignature",
    { body: valid.body, edit: (h) => without(h, "x-amz-date"), want: [403, "IncompleteSignature"] },
  ],
  [
    "rejects a changed signed header with InvalidSignatureException",
    {
      body: valid.body,
      edit: (h) => ({ ...h, "x-amz-date": "20200101T000000Z" }),
      want: [403, "InvalidSignatureException"],
    },
  ],
  [
    "checks the signature of an oversize body, then answers its size",
    { body: oversize.body, want: [400, "ValidationException"] },
  ],
];

describe("strict SigV4 verification", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ verifySignatures: true });
  });
  afterAll(() => emulator.close());

  it.each(CASES)("%s", async (_name, { body, signedBody, edit, want }) => {
    const query = valid.query;
    const signed = await signRequest(emulator, query, signedBody ?? body);
    const headers = edit === undefined ? signed : edit(signed);
    const answer = await sendToEmulator(emulator.url, { query, body, headers, contentType: null });
    expect([answer.status, answer.headers["x-amzn-errortype"]]).toEqual(want);
  });
});
