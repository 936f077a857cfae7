import { Readable } from "node:stream";
import type { CaseRequest } from "../model/caseRequest.ts";
import type { Exchange, TransportError } from "../model/exchange.ts";
import type { TargetConfig } from "../model/target.ts";
import { CappedResponse } from "./cappedResponse.ts";
import { classifyTransportError } from "./classifyTransportError.ts";
import { prepareRequest } from "./prepareRequest.ts";
import { Pool } from "./undiciPool.ts";

export interface Sender {
  /**
   * Sends exactly what the case says; resolves with a response or a transport error, never rejects for the target.
   * `abort` (the run's Ctrl-C) ends the request at once, as a transport error of kind `other`.
   */
  send(request: CaseRequest, abort?: AbortSignal): Promise<Exchange>;
  close(): Promise<void>;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
/** Few enough that a suite does not flood a small emulator, enough for a handful of concurrent cases. */
const CONNECTIONS = 4;
/** How far past the kept bytes a body is still drained (to keep the connection) before it is dropped. */
const CEILING_FACTOR = 8;

function keptBytes(target: TargetConfig): number {
  const cap = target.maxResponseBytes;
  return Number.isFinite(cap) && cap >= 0 ? cap : DEFAULT_MAX_RESPONSE_BYTES;
}

/** The requests in flight, ended together when the signal they were sent with aborts. */
class AbortWatch {
  private readonly inFlight = new Map<CappedResponse, AbortSignal>();
  /** One listener per signal for the sender's life: adding and removing one per request cost a tenth of its time. */
  private readonly listeners = new Map<AbortSignal, () => void>();

  add(response: CappedResponse, signal: AbortSignal): void {
    this.inFlight.set(response, signal);
    if (this.listeners.has(signal)) return;
    const listener = () => {
      for (const [inFlight, its] of this.inFlight) if (its === signal) inFlight.cancel(new Error("aborted"));
    };
    this.listeners.set(signal, listener);
    signal.addEventListener("abort", listener, { once: true });
  }

  delete(response: CappedResponse): void {
    this.inFlight.delete(response);
  }

  close(): void {
    for (const [signal, listener] of this.listeners) signal.removeEventListener("abort", listener);
    this.listeners.clear();
  }
}

/** A sender bound to one target, over one keep-alive connection pool. */
export function createSender(target: TargetConfig): Sender {
  const timeoutMs = target.timeoutMs;
  const keep = keptBytes(target);
  const ceiling = Math.max(keep * CEILING_FACTOR, DEFAULT_MAX_RESPONSE_BYTES);
  const pool = new Pool(new URL(target.endpoint).origin, {
    connections: CONNECTIONS,
    connect: { timeout: timeoutMs, ...(target.caCert === undefined ? {} : { ca: target.caCert }) },
    // No per-read timers: each request's own deadline (below), started before them, always ends it first.
    headersTimeout: 0,
    bodyTimeout: 0,
  });
  const aborts = new AbortWatch();

  async function send(request: CaseRequest, abort?: AbortSignal): Promise<Exchange> {
    const prepared = await prepareRequest(target, request);
    const startedAt = new Date().toISOString();
    const started = performance.now();
    const answer = new CappedResponse(keep, ceiling);
    // One deadline for connect, headers and body: a server dripping a byte a second never trips a per-read timeout.
    // A plain timer, cleared below: AbortSignal.timeout cost a fifth of a small request's rate.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      answer.cancel(new Error("deadline"));
    }, timeoutMs);
    if (abort !== undefined) {
      aborts.add(answer, abort);
      if (abort.aborted) answer.cancel(new Error("aborted"));
    }
    pool.dispatch(
      {
        path: prepared.wirePath,
        method: prepared.sent.method,
        headers: prepared.wire.headers,
        // A stream has no known length: undici sends it with Transfer-Encoding: chunked, a piece per chunk.
        body: Array.isArray(prepared.wire.body)
          ? Readable.from(prepared.wire.body, { objectMode: false })
          : prepared.wire.body,
      },
      answer,
    );
    const outcome = await answer.outcome;
    clearTimeout(timer);
    if (abort !== undefined) aborts.delete(answer);
    const durationMs = performance.now() - started;
    if (outcome.response !== undefined)
      return { request: prepared.sent, response: outcome.response, startedAt, durationMs };
    const transportError: TransportError = abort?.aborted
      ? { kind: "other", message: `aborted: the run was interrupted (${outcome.stage})` }
      : timedOut
        ? { kind: "timeout", message: `no complete answer within ${timeoutMs} ms (${outcome.stage})` }
        : classifyTransportError(outcome.error, outcome.stage);
    return { request: prepared.sent, transportError, startedAt, durationMs };
  }

  return {
    send,
    close: () => {
      aborts.close();
      return pool.close();
    },
  };
}
