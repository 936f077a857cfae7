import { EventEmitter } from "node:events";
import { Readable } from "node:stream";
import { Agent } from "undici";
import type { CaseRequest } from "../model/caseRequest.ts";
import type { Exchange, ReceivedResponse, TransportError } from "../model/exchange.ts";
import type { TargetConfig } from "../model/target.ts";
import { classifyTransportError } from "./classifyTransportError.ts";
import { prepareRequest } from "./prepareRequest.ts";
import { readCappedBody } from "./readCappedBody.ts";
import { responseHeaders } from "./responseHeaders.ts";

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

/** A sender bound to one target, over one keep-alive connection pool. */
export function createSender(target: TargetConfig): Sender {
  const timeoutMs = target.timeoutMs;
  const keep = keptBytes(target);
  const ceiling = Math.max(keep * CEILING_FACTOR, DEFAULT_MAX_RESPONSE_BYTES);
  const agent = new Agent({
    connections: CONNECTIONS,
    connect: { timeout: timeoutMs, ...(target.caCert === undefined ? {} : { ca: target.caCert }) },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });

  async function send(request: CaseRequest, abort?: AbortSignal): Promise<Exchange> {
    const prepared = await prepareRequest(target, request);
    const startedAt = new Date().toISOString();
    const started = performance.now();
    // One deadline for connect, headers and body: a server dripping a byte a second never trips a per-read timeout.
    // A plain timer, cleared below: AbortSignal.timeout cost a fifth of a small request's rate. The signal is an
    // EventEmitter, which undici takes as well: an AbortController's EventTarget cost a twentieth more.
    const signal = new EventEmitter();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      signal.emit("abort");
    }, timeoutMs);
    const onAbort = () => signal.emit("abort");
    abort?.addEventListener("abort", onAbort, { once: true });
    let response: ReceivedResponse | undefined;
    let transportError: TransportError | undefined;
    let stage = "before the response headers";
    try {
      const answer = await agent.request({
        origin: prepared.origin,
        path: prepared.wirePath,
        method: prepared.sent.method,
        headers: prepared.wire.headers,
        // A stream has no known length: undici sends it with Transfer-Encoding: chunked, a piece per chunk.
        body: Array.isArray(prepared.wire.body)
          ? Readable.from(prepared.wire.body, { objectMode: false })
          : prepared.wire.body,
        signal,
      });
      const headers = responseHeaders(answer.headers);
      const capped = await readCappedBody(answer.body, keep, ceiling);
      stage = `after status ${answer.statusCode} and ${capped.bytesRead} body bytes`;
      if (capped.error !== undefined) throw capped.error;
      const declared = Number(headers["content-length"]);
      response = {
        status: answer.statusCode,
        headers,
        body: capped.body,
        bodyBytes:
          capped.abandoned && Number.isSafeInteger(declared) ? Math.max(declared, capped.bytesRead) : capped.bytesRead,
        bodyTruncated: capped.truncated,
      };
    } catch (error) {
      transportError = abort?.aborted
        ? { kind: "other", message: `aborted: the run was interrupted (${stage})` }
        : timedOut
          ? { kind: "timeout", message: `no complete answer within ${timeoutMs} ms (${stage})` }
          : classifyTransportError(error, stage);
    } finally {
      clearTimeout(timer);
      abort?.removeEventListener("abort", onAbort);
    }
    const durationMs = performance.now() - started;
    return transportError === undefined
      ? { request: prepared.sent, response, startedAt, durationMs }
      : { request: prepared.sent, transportError, startedAt, durationMs };
  }

  return { send, close: () => agent.close() };
}
