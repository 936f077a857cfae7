import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateSuccessResponse } from "../../generated/validators.js";
import { PROBE_CHANNELS, probeEvent, probeEventData } from "./faults/probeRequests.ts";
import { type RunningEmulator, startEmulator } from "./startEmulator.ts";
import { type EmulatorRequest, sendToEmulator } from "./testing/sendToEmulator.ts";

const SEED = 20261125;
const RUNS = 200;

const nearlyValidEvent = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constantFrom("event-0", "event-1")),
    eventData: fc.oneof(fc.constant(probeEventData()), fc.string()),
    eventDataChecksum: fc.string(),
  },
  { requiredKeys: ["id"] },
);
const bodies = fc.oneof(
  fc.uint8Array({ maxLength: 512 }),
  fc.json(),
  fc.string(),
  fc.array(nearlyValidEvent, { maxLength: 4 }).map((auditEvents) => JSON.stringify({ auditEvents })),
  fc.constant(JSON.stringify({ auditEvents: [probeEvent("event-0")] })),
);
const encodedQuery = fc
  .dictionary(
    fc.constantFrom("channelArn", "externalId", "__proto__", "other"),
    fc.oneof(fc.string(), fc.constant(PROBE_CHANNELS.own)),
  )
  .map((query) =>
    Object.entries(query)
      .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
      .join("&"),
  );
const rawQuery = fc.stringMatching(/^[a-zA-Z0-9%=&:+/_-]{0,60}$/);
const contentTypes = fc.constantFrom<string | null>(
  null,
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "",
  "application/x-amz-json-1.1",
);
const headers = fc.dictionary(
  fc.constantFrom("x-amz-date", "authorization", "x-amz-security-token", "x-custom"),
  fc.stringMatching(/^[ -~]{0,40}$/),
);

const requests: fc.Arbitrary<EmulatorRequest> = fc.record({
  method: fc.constantFrom("POST", "POST", "POST", "GET", "PUT", "DELETE"),
  path: fc.constantFrom("/PutAuditEvents", "/PutAuditEvents", "/putauditevents", "/", "/PutAuditEvents/x"),
  query: fc.oneof(encodedQuery, rawQuery),
  body: bodies.map((body) =>
    typeof body === "string" || body instanceof Uint8Array ? body : (JSON.stringify(body) ?? ""),
  ),
  contentType: contentTypes,
  headers,
});

describe("the emulator under random and malformed input", () => {
  let emulator: RunningEmulator;
  const logged: unknown[] = [];
  beforeAll(async () => {
    emulator = await startEmulator({ log: (_message, error) => logged.push(error) });
  });
  afterAll(() => emulator.close());

  it(`answers a named 4xx or a valid 200, never a 5xx (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const sent = request.method === "GET" ? { ...request, body: "" } : request;
        const answer = await sendToEmulator(emulator, sent);
        expect(answer.status).toBeLessThan(500);
        if (answer.status === 200) expect(validateSuccessResponse(answer.json), answer.text).toBe(true);
        else expect(answer.headers["x-amzn-errortype"]).toMatch(/^[A-Za-z]+$/);
        expect(answer.headers["content-type"]).toBe("application/json");
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(logged).toEqual([]);
  });
});
