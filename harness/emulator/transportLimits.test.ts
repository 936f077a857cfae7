import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROBE_CHANNELS, probeEvent, probeRequest } from "./faults/probeRequests.ts";
import { type RunningEmulator, startEmulator } from "./startEmulator.ts";
import { rawConnection } from "./testing/rawConnection.ts";
import { sendToEmulator } from "./testing/sendToEmulator.ts";

/** Short timeouts so that stalls are answered quickly; the defaults are the same mechanism at 10 s and 30 s. */
const HEADERS_TIMEOUT_MS = 300;
const REQUEST_TIMEOUT_MS = 600;
/** How late a timeout may answer on a busy 2-core machine; the old parse-error answer came after 90 s. */
const ANSWER_BOUND_MS = 5_000;
const PATH = `/PutAuditEvents?channelArn=${encodeURIComponent(PROBE_CHANNELS.own)}`;
const HEAD = `POST ${PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n`;
const DECLARED_500_MB = 500 * 1024 * 1024;
const valid = probeRequest([probeEvent("event-0")]);

const statusLine = (text: string) => text.split("\r\n")[0] ?? "";
const errorType = (text: string) => /\r\nx-amzn-errortype: ([^\r]*)/i.exec(text)?.[1];

describe("stalled requests", () => {
  let emulator: RunningEmulator;
  const logged: unknown[] = [];
  beforeAll(async () => {
    emulator = await startEmulator({
      auth: "off",
      limits: { headersTimeoutMs: HEADERS_TIMEOUT_MS, requestTimeoutMs: REQUEST_TIMEOUT_MS },
      log: (_message, error) => logged.push(error),
    });
  });
  afterAll(() => emulator.close());

  it.each([
    ["stalls in its headers", "POST /PutAuditEvents HTTP/1.1\r\nHost: 127.0.0.1\r\n", HEADERS_TIMEOUT_MS],
    ["stalls in a Content-Length body", `${HEAD}Content-Length: 1000\r\n\r\n{"auditEvents":`, REQUEST_TIMEOUT_MS],
    ["stalls in a chunked body", `${HEAD}Transfer-Encoding: chunked\r\n\r\n5\r\n{"aud\r\n`, REQUEST_TIMEOUT_MS],
  ])("answers a request that %s with 408 and closes, within its timeout", async (_name, sent, timeoutMs) => {
    const connection = await rawConnection(emulator.port);
    await connection.write(sent);
    const outcome = await connection.outcome(ANSWER_BOUND_MS);
    expect(outcome.closed).toBe(true);
    expect(statusLine(outcome.text)).toBe("HTTP/1.1 408 Request Timeout");
    expect(errorType(outcome.text)).toBe("RequestTimeoutException");
    expect(outcome.elapsedMs).toBeGreaterThanOrEqual(timeoutMs - 50);
  });

  it("still answers an ordinary request in time", async () => {
    expect((await sendToEmulator(emulator.url, valid)).status).toBe(200);
    expect(logged).toEqual([]);
  });
});

describe("the connection cap", () => {
  const MAX_CONNECTIONS = 2;
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator({ limits: { maxConnections: MAX_CONNECTIONS } });
  });
  afterAll(() => emulator.close());

  it("closes a connection past the cap at once, and takes new ones when one is freed", async () => {
    const keepAlive = "GET /_emulator/events?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, () => rawConnection(emulator.port)));
    for (const connection of held) {
      await connection.write(keepAlive);
      // An answer means the server has accepted and counted this connection.
      expect(await connection.answered(ANSWER_BOUND_MS)).toBe(true);
    }
    const extra = await rawConnection(emulator.port);
    await extra.write(keepAlive);
    const refused = await extra.outcome(ANSWER_BOUND_MS);
    expect(refused).toMatchObject({ closed: true, text: "" });
    held[0]?.socket.destroy();
    // The server learns of the freed slot asynchronously: a bounded number of fresh attempts, no sleep.
    let answered = false;
    for (let attempt = 0; attempt < 50 && !answered; attempt += 1) {
      const next = await rawConnection(emulator.port);
      await next.write(keepAlive);
      answered = await next.answered(ANSWER_BOUND_MS);
      next.socket.destroy();
    }
    expect(answered).toBe(true);
    for (const connection of held) connection.socket.destroy();
  });
});

describe("oversized bodies", () => {
  let emulator: RunningEmulator;
  let signed: RunningEmulator;
  let lingering: RunningEmulator;
  // A short linger where the client sends no more: the connection then closes when it runs out.
  const limits = { lingerMs: 300 };
  beforeAll(async () => {
    emulator = await startEmulator({ auth: "off", limits });
    signed = await startEmulator({ limits });
    lingering = await startEmulator({ auth: "off" });
  });
  afterAll(async () => {
    await emulator.close();
    await signed.close();
    await lingering.close();
  });

  it.each([
    ["the emulator without authentication", () => emulator],
    ["the emulator checking signatures (a body it never read cannot be verified)", () => signed],
  ])(
    "answers a declared 500 MB body with ValidationException before it is sent, and closes: %s",
    async (_name, target) => {
      const connection = await rawConnection(target().port);
      await connection.write(`${HEAD}Content-Length: ${DECLARED_500_MB}\r\n\r\n{"auditEvents":[`);
      await connection.write(Buffer.alloc(64 * 1024, 0x20));
      const outcome = await connection.outcome(ANSWER_BOUND_MS);
      expect(outcome.closed).toBe(true);
      expect(statusLine(outcome.text)).toBe("HTTP/1.1 400 Bad Request");
      expect(errorType(outcome.text)).toBe("ValidationException");
      expect(outcome.text.toLowerCase()).toContain("\r\nconnection: close\r\n");
    },
  );

  it("lets a client send the whole of an oversized body it is answered for, then closes in order (no reset)", async () => {
    const body = Buffer.alloc(12 * 1024 * 1024, 0x20);
    const connection = await rawConnection(lingering.port);
    let wrote = await connection.write(`${HEAD}Content-Length: ${body.length}\r\n\r\n`);
    for (let at = 0; wrote && at < body.length; at += 64 * 1024)
      wrote = await connection.write(body.subarray(at, at + 64 * 1024));
    const outcome = await connection.outcome(ANSWER_BOUND_MS);
    expect(wrote, "the server stopped taking the body before it was all sent").toBe(true);
    expect(statusLine(outcome.text)).toBe("HTTP/1.1 400 Bad Request");
    expect(errorType(outcome.text)).toBe("ValidationException");
    expect(outcome).toMatchObject({ closed: true, reset: false });
  });

  it("stops reading a chunked body that never ends as soon as it passes the limit", async () => {
    const connection = await rawConnection(emulator.port);
    await connection.write(`${HEAD}Transfer-Encoding: chunked\r\n\r\n`);
    const piece = Buffer.alloc(64 * 1024, 0x20);
    const framed = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]);
    // Bounded: 64 MB if the server never answers; it must answer long before.
    let sent = 0;
    while (!connection.hasAnswer() && sent < 64 * 1024 * 1024 && (await connection.write(framed))) {
      sent += piece.length;
    }
    const outcome = await connection.outcome(ANSWER_BOUND_MS);
    expect(statusLine(outcome.text)).toBe("HTTP/1.1 400 Bad Request");
    expect(errorType(outcome.text)).toBe("ValidationException");
    expect(outcome.closed).toBe(true);
    // The limit (2^20 bytes) plus what the socket buffers held when the answer came.
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it("still reads a body just within the limit that declares its length", async () => {
    const answer = await sendToEmulator(emulator.url, valid);
    expect(answer.status).toBe(200);
    expect(answer.headers.connection).not.toBe("close");
  });
});
