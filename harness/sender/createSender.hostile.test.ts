import { getEventListeners } from "node:events";
import type { ServerResponse } from "node:http";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import type { Exchange, TransportErrorKind } from "../model/exchange.ts";
import { createSender, type Sender } from "./createSender.ts";
import { type LocalServer, type Responder, startLocalServer } from "./testing/localServer.ts";

/** The deadline of the cases that end in a timeout. */
const TIMEOUT_MS = 300;
/** Generous slack for a loaded CI machine; the point is "ends near the deadline", not "never hangs forever". */
const DEADLINE_MS = TIMEOUT_MS + 1500;
/**
 * The deadline of every other case: far past what the server takes to do its thing even on a loaded machine, so
 * its reset, close or body, not the deadline, is what the sender reports (at 300 ms a stalled test worker lost that race).
 */
const UNRACED_TIMEOUT_MS = 20_000;

/** Writes `total` bytes as fast as the socket accepts them, stopping if the client goes away. */
function stream(res: ServerResponse, total: number, chunk = Buffer.alloc(64 * 1024, 0x61)): void {
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      sent += chunk.byteLength;
      if (!res.write(chunk)) return void res.once("drain", pump);
    }
    res.end();
  };
  pump();
}

const NEVER_ANSWERS: Responder = () => {};
const CLOSES_MID_RESPONSE: Responder = (_req, res, socket) => {
  res.writeHead(200, { "content-length": "100" });
  res.write("0123456789", () => socket.destroy());
};
const RESETS: Responder = (_req, _res, socket) => socket.resetAndDestroy();
const FIFTY_MEGABYTES: Responder = (_req, res) => {
  res.writeHead(200, { "content-length": String(50 * 1024 * 1024) });
  stream(res, 50 * 1024 * 1024);
};
const HALF_A_MEGABYTE: Responder = (_req, res) => {
  res.writeHead(200);
  stream(res, 512 * 1024);
};
const DRIPS: Responder = (_req, res) => {
  res.writeHead(200, { "content-length": "1000" });
  // Each byte arrives well inside undici's per-read timeout; only the whole-request deadline can end this.
  const timer = setInterval(() => res.write("x"), 50);
  res.on("close", () => clearInterval(timer));
};
const NOT_HTTP: Responder = (_req, _res, socket) => socket.end("SMTP ready\r\n\r\n");

interface HostileCase {
  respond: Responder;
  kind?: TransportErrorKind;
  response?: { bodyBytesAtLeast: number; kept: number };
}

const CASES: [string, HostileCase][] = [
  ["a server that never answers ends in a timeout", { respond: NEVER_ANSWERS, kind: "timeout" }],
  ["a server that drips one byte at a time ends in a timeout", { respond: DRIPS, kind: "timeout" }],
  [
    "a socket closed mid-response ends in a connection reset",
    { respond: CLOSES_MID_RESPONSE, kind: "connection-reset" },
  ],
  ["a TCP reset ends in a connection reset", { respond: RESETS, kind: "connection-reset" }],
  ["an answer that is not HTTP ends in a protocol error", { respond: NOT_HTTP, kind: "protocol" }],
  [
    "a 50 MB body is cut at the ceiling, its size taken from Content-Length",
    { respond: FIFTY_MEGABYTES, response: { bodyBytesAtLeast: 50 * 1024 * 1024, kept: 1024 } },
  ],
  [
    "a body under the ceiling is drained and counted, only the cap kept",
    { respond: HALF_A_MEGABYTE, response: { bodyBytesAtLeast: 512 * 1024, kept: 1024 } },
  ],
];

const senderFor = (endpoint: string, maxResponseBytes: number, timeoutMs: number) =>
  createSender({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "AKID", secretAccessKey: "secret" },
    fixtures: {},
    timeoutMs,
    maxResponseBytes,
  });

async function sendTo(endpoint: string, maxResponseBytes: number, timeoutMs: number): Promise<Exchange> {
  const sender = senderFor(endpoint, maxResponseBytes, timeoutMs);
  try {
    return await sender.send({ query: {}, body: { json: {} } });
  } finally {
    await sender.close();
  }
}

describe("createSender against hostile servers", () => {
  it.each(CASES)("%s", async (_name, { respond, kind, response }) => {
    const server = await startLocalServer(respond);
    // The ceiling is max(8 x cap, 1 MiB): 512 KiB is drained, 50 MB is abandoned.
    const cap = 1024;
    const endsInTimeout = kind === "timeout";
    const exchange = await sendTo(server.endpoint, cap, endsInTimeout ? TIMEOUT_MS : UNRACED_TIMEOUT_MS);
    await server.close();
    if (endsInTimeout) expect(exchange.durationMs).toBeLessThan(DEADLINE_MS);
    if (kind !== undefined) {
      expect(exchange.transportError?.kind, exchange.transportError?.message).toBe(kind);
      expect(exchange.transportError?.message).not.toBe("");
      expect(exchange.response).toBeUndefined();
    }
    if (response !== undefined) {
      expect(exchange.transportError).toBeUndefined();
      expect(exchange.response?.bodyTruncated).toBe(true);
      expect(exchange.response?.body.byteLength).toBe(response.kept);
      expect(exchange.response?.bodyBytes).toBeGreaterThanOrEqual(response.bodyBytesAtLeast);
    }
  });

  it("a closed port ends in connection refused", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const address = probe.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const exchange = await sendTo(`http://127.0.0.1:${port}`, 1024, UNRACED_TIMEOUT_MS);
    expect(exchange.transportError?.kind, exchange.transportError?.message).toBe("connection-refused");
  });
});

/** A sender to a local server (answering 200 unless told otherwise) for `use`, both closed after it whatever happens. */
async function withSender(
  respond: Responder | undefined,
  use: (sender: Sender, server: LocalServer) => Promise<void>,
): Promise<void> {
  const server = await startLocalServer(respond);
  const sender = senderFor(server.endpoint, 1024, UNRACED_TIMEOUT_MS);
  try {
    await use(sender, server);
  } finally {
    await sender.close();
    await server.close();
  }
}

const EMPTY_REQUEST = { query: {}, body: { json: {} } };

describe("createSender interrupted by the run's signal", () => {
  it("ends a request in flight at once as an interrupted run, not as the target's doing", () =>
    withSender(NEVER_ANSWERS, async (sender) => {
      const interrupt = new AbortController();
      const pending = sender.send(EMPTY_REQUEST, interrupt.signal);
      setTimeout(() => interrupt.abort(), 50);
      const exchange = await pending;
      expect(exchange.transportError?.kind).toBe("other");
      expect(exchange.transportError?.message).toMatch(/^aborted: the run was interrupted/);
      expect(exchange.durationMs).toBeLessThan(UNRACED_TIMEOUT_MS);
    }));

  it("sends nothing under a signal already aborted", () =>
    withSender(undefined, async (sender, server) => {
      const exchange = await sender.send(EMPTY_REQUEST, AbortSignal.abort());
      expect(exchange.transportError?.kind).toBe("other");
      expect(server.received).toHaveLength(0);
    }));

  it("listens to a signal once however many requests it sends, and lets go of it when closed", async () => {
    const run = new AbortController();
    await withSender(undefined, async (sender) => {
      for (let i = 0; i < 3; i += 1) expect((await sender.send(EMPTY_REQUEST, run.signal)).response?.status).toBe(200);
      expect(getEventListeners(run.signal, "abort")).toHaveLength(1);
    });
    expect(getEventListeners(run.signal, "abort")).toHaveLength(0);
  });
});
