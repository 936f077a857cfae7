import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestListener } from "./createRequestListener.ts";
import { defaultEmulatorFixture } from "./defaultEmulatorFixture.ts";
import { EventStore } from "./eventStore.ts";
import { faithfulStages } from "./faithfulStages.ts";
import { probeEvent, probeRequest } from "./faults/probeRequests.ts";
import type { ErrorEncoding } from "./stages.ts";
import { type RunningEmulator, startEmulator } from "./startEmulator.ts";
import { rawExchange } from "./testing/rawExchange.ts";
import { sendToEmulator } from "./testing/sendToEmulator.ts";
import { signRequest } from "./testing/signRequest.ts";

const valid = probeRequest([probeEvent("event-0")]);
const duplicate = probeRequest([probeEvent("same"), probeEvent("same")]);
const JSON_TYPE = { "content-type": "application/json" };
const target = (query: Record<string, string>) =>
  `/PutAuditEvents?${Object.entries(query)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&")}`;
/** Signed headers as raw HTTP lines, for requests written byte by byte. */
const signedLines = (emulator: RunningEmulator, body: string) =>
  Object.entries(signRequest(emulator, valid.query, body))
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");

describe("transport edge cases", () => {
  let emulator: RunningEmulator;
  const logged: unknown[] = [];
  beforeAll(async () => {
    emulator = await startEmulator({ log: (_message, error) => logged.push(error) });
  });
  afterAll(() => emulator.close());

  it("reads a chunked body", async () => {
    async function* chunks() {
      yield Buffer.from(valid.body.slice(0, 10));
      yield Buffer.from(valid.body.slice(10));
    }
    const answer = await request(`${emulator.url}${target(valid.query)}`, {
      method: "POST",
      body: Readable.from(chunks()),
      headers: signRequest(emulator, valid.query, valid.body),
    });
    expect(answer.statusCode).toBe(200);
    expect(await answer.body.json()).toMatchObject({ successful: [{ id: "event-0" }] });
  });

  it("stops reading a chunked 50 MB body past the limit and answers ValidationException", async () => {
    const megabyte = Buffer.alloc(1024 * 1024, 0x20);
    async function* fifty() {
      for (let index = 0; index < 50; index += 1) yield megabyte;
    }
    const hash = createHash("sha256");
    for (let index = 0; index < 50; index += 1) hash.update(megabyte);
    const payloadHash = { ...JSON_TYPE, "x-amz-content-sha256": hash.digest("hex") };
    const answer = await request(`${emulator.url}${target(valid.query)}`, {
      method: "POST",
      body: Readable.from(fifty()),
      headers: signRequest(emulator, valid.query, "", { headers: payloadHash }),
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.headers["x-amzn-errortype"]).toBe("ValidationException");
    await answer.body.dump();
  });

  it("answers a Content-Length shorter than the body with a named 400", async () => {
    const head = `POST ${target(valid.query)} HTTP/1.1\r\nHost: 127.0.0.1:${emulator.port}\r\n${signedLines(emulator, valid.body.slice(0, 5))}Connection: close\r\nContent-Length: 5\r\n\r\n`;
    const raw = await rawExchange(emulator.port, head + valid.body);
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw.toLowerCase()).toContain("x-amzn-errortype: serializationexception");
  });

  it("answers a request node cannot parse with a named 400", async () => {
    const raw = await rawExchange(emulator.port, "POST /PutAuditEvents HTTP/1.1\r\nContent-Length: x\r\n\r\n");
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toContain("X-Amzn-Errortype: SerializationException");
  });

  it("survives a Content-Length longer than the body and a client that hangs up", async () => {
    const head = `POST ${target(valid.query)} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`;
    // Node either drops the request silently or refuses the truncated framing; both leave the server up.
    expect(await rawExchange(emulator.port, `${head}{"auditEvents":`, true)).not.toMatch(/^HTTP\/1\.1 5/);
    expect((await sendToEmulator(emulator, valid)).status).toBe(200);
    expect(logged).toEqual([]);
  });
});

describe("error encodings", () => {
  it.each<[ErrorEncoding, { header: string | undefined; type: string | undefined }]>([
    ["header", { header: "DuplicatedAuditEventId", type: undefined }],
    ["body", { header: undefined, type: "DuplicatedAuditEventId" }],
    ["both", { header: "DuplicatedAuditEventId", type: "DuplicatedAuditEventId" }],
  ])("with errorEncoding %s, names the error as configured", async (errorEncoding, want) => {
    const emulator = await startEmulator({ errorEncoding });
    try {
      const answer = await sendToEmulator(emulator, duplicate);
      expect(answer.status).toBe(400);
      expect(answer.headers["x-amzn-errortype"]).toBe(want.header);
      expect((answer.json as { __type?: string }).__type).toBe(want.type);
      expect(answer.headers["content-type"]).toBe("application/json");
    } finally {
      await emulator.close();
    }
  });
});

describe("the last resort", () => {
  it("turns an unexpected exception into a logged 500 InternalFailure", async () => {
    const logged: string[] = [];
    const stages = {
      ...faithfulStages,
      parseBody: () => {
        throw new Error("planted bug");
      },
    };
    const ctx = { fixture: defaultEmulatorFixture, errorEncoding: "header" as const, stages };
    const server = createServer(
      createRequestListener(ctx, new EventStore({ maxEvents: 1, maxBytes: 1024 }), (message) => logged.push(message)),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const [key] = defaultEmulatorFixture.keys;
      if (key === undefined) throw new Error("the default fixture has no key");
      const answer = await sendToEmulator({ port, region: defaultEmulatorFixture.region, credentials: key }, valid);
      expect(answer.status).toBe(500);
      expect(answer.headers["x-amzn-errortype"]).toBe("InternalFailure");
      expect(logged).toHaveLength(1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
