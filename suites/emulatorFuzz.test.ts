import { Readable } from "node:stream";
import fc from "fast-check";
import { Agent } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorTarget } from "../harness/emulator/emulatorTarget.ts";
import { PROBE_CHANNELS, probeEvent } from "../harness/emulator/faults/probeRequests.ts";
import { type RunningEmulator, startEmulator } from "../harness/emulator/startEmulator.ts";
import { createSender } from "../harness/sender/createSender.ts";
import { fuzzRawRequests } from "./testing/hostile/fuzzRawRequests.ts";
import { type FramedRequest, fuzzRequests } from "./testing/hostile/fuzzRequests.ts";
import { rawRequest } from "./testing/hostile/rawRequest.ts";

const SEED = 20261125;
/** Requests in flight at once. */
const BATCH = 16;
const FRAMED_BATCHES = 400;
const RAW_BATCHES = 240;
/** A safety bound for a server that would keep a half-closed socket open; not a timing assertion. */
const RAW_LIMIT_MS = 10_000;
const MEMORY_BOUND_BYTES = 200 * 1024 * 1024;

/** Client-side pieces are objects too: past this many, the last piece takes the rest (raw sockets go finer). */
const MAX_PIECES = 1024;

function pieces(body: Uint8Array, sizes: readonly number[]): Buffer[] {
  const result: Buffer[] = [];
  let offset = 0;
  for (let index = 0; offset < body.byteLength; index += 1) {
    const size = index + 1 >= MAX_PIECES ? body.byteLength : (sizes[index % sizes.length] ?? body.byteLength);
    result.push(Buffer.from(body.subarray(offset, offset + size)));
    offset += size;
  }
  return result;
}

/** What a request was, in a line, for a failure message. */
function describeRequest(request: FramedRequest): string {
  const preview = Buffer.from(request.body.subarray(0, 120)).toString("latin1");
  return `${request.method} ${request.path.slice(0, 120)} (${request.body.byteLength} bytes${request.chunks ? ", chunked" : ""}): ${preview}`;
}

/**
 * Sends one request over undici (chunked when it has chunk sizes); a problem (a 5xx, or no answer at all, which
 * a well-framed request always deserves) as a line, or undefined.
 */
async function framedProblem(agent: Agent, origin: string, request: FramedRequest): Promise<string | undefined> {
  try {
    const answer = await agent.request({
      origin,
      path: request.path,
      method: request.method as "POST",
      headers: request.headers,
      body:
        request.chunks === undefined
          ? request.body
          : Readable.from(pieces(request.body, request.chunks), { objectMode: false }),
    });
    await answer.body.dump({ limit: 1024 * 1024 });
    return answer.statusCode >= 500 ? `${answer.statusCode} for ${describeRequest(request)}` : undefined;
  } catch (error) {
    return `${String(error)} for ${describeRequest(request)}`;
  }
}

describe(`the emulator under ${BATCH * (FRAMED_BATCHES + RAW_BATCHES)} fuzzed requests (seed ${SEED})`, () => {
  let emulator: RunningEmulator;
  let agent: Agent;
  let rssBefore = 0;
  const logged: string[] = [];
  let sent = 0;

  beforeAll(async () => {
    emulator = await startEmulator({ log: (message, error) => logged.push(`${message}: ${String(error)}`) });
    agent = new Agent({ connections: BATCH, headersTimeout: 30_000, bodyTimeout: 30_000 });
    rssBefore = process.memoryUsage().rss;
  });
  afterAll(async () => {
    await agent.close();
    await emulator.close();
  });

  it("answers well-framed requests with anything but a 5xx", async () => {
    const authorization = `AWS4-HMAC-SHA256 Credential=${emulator.credentials.accessKeyId}/20261125/${emulator.region}/cloudtrail-data/aws4_request, SignedHeaders=host, Signature=00`;
    await fc.assert(
      fc.asyncProperty(fc.array(fuzzRequests(authorization), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const problems = await Promise.all(batch.map((request) => framedProblem(agent, emulator.url, request)));
        sent += batch.length;
        expect(problems.filter(Boolean)).toEqual([]);
      }),
      // The failing request is named in the message; shrinking batches of 16 would resend thousands.
      { seed: SEED, numRuns: FRAMED_BATCHES, endOnFailure: true },
    );
    expect(logged).toEqual([]);
  }, 180_000);

  it("answers requests with broken HTTP framing with anything but a 5xx, or closes the connection", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fuzzRawRequests, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const answers = await Promise.all(batch.map((bytes) => rawRequest(emulator.port, bytes, RAW_LIMIT_MS)));
        sent += batch.length;
        expect(answers.flatMap((answer) => answer.statuses).filter((status) => status >= 500)).toEqual([]);
        expect(answers.filter((answer) => answer.timedOut)).toEqual([]);
      }),
      { seed: SEED, numRuns: RAW_BATCHES, endOnFailure: true },
    );
    expect(logged).toEqual([]);
  }, 180_000);

  it("still ingests valid requests afterwards, in bounded memory", async () => {
    expect(sent).toBeGreaterThanOrEqual(10_000);
    const sender = createSender(emulatorTarget(emulator));
    try {
      for (let request = 0; request < 20; request += 1) {
        const events = Array.from({ length: 10 }, (_, index) => probeEvent(`after-${request}-${index}`));
        const exchange = await sender.send({
          query: { channelArn: PROBE_CHANNELS.own },
          body: { json: { auditEvents: events } },
        });
        expect(exchange.response?.status, exchange.transportError?.message).toBe(200);
        const answer = JSON.parse(Buffer.from(exchange.response?.body ?? []).toString("utf8")) as {
          successful: unknown[];
          failed: unknown[];
        };
        expect(answer.failed).toEqual([]);
        expect(answer.successful).toHaveLength(events.length);
      }
    } finally {
      await sender.close();
    }
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(MEMORY_BOUND_BYTES);
    expect(logged).toEqual([]);
  });
});
