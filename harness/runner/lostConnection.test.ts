import { describe, expect, it } from "vitest";
import type { Exchange, TransportError } from "../model/exchange.ts";
import { lostConnection, targetGone } from "./lostConnection.ts";

const exchangeWith = (transportError?: TransportError): Exchange => ({
  request: { method: "POST", url: "http://127.0.0.1:1/PutAuditEvents", headers: {}, body: new Uint8Array() },
  ...(transportError ? { transportError } : {}),
  startedAt: "2026-01-01T00:00:00.000Z",
  durationMs: 1,
});

describe("lostConnection and targetGone", () => {
  it.each<[string, { given: TransportError | undefined; want: { retry: boolean; gone: boolean } }]>([
    ["an answer is neither", { given: undefined, want: { retry: false, gone: false } }],
    [
      "a refused connection is retried, and means the target is gone",
      { given: { kind: "connection-refused", message: "ECONNREFUSED" }, want: { retry: true, gone: true } },
    ],
    [
      "a reset connection is retried, but is the target's doing",
      {
        given: { kind: "connection-reset", message: "UND_ERR_SOCKET: other side closed" },
        want: { retry: true, gone: false },
      },
    ],
    [
      "a timeout is neither retried nor a lost target",
      { given: { kind: "timeout", message: "no complete answer within 10 ms" }, want: { retry: false, gone: false } },
    ],
    [
      "an unreachable host is a lost target",
      {
        given: { kind: "other", message: "EHOSTUNREACH: connect EHOSTUNREACH 10.0.0.1:443" },
        want: { retry: false, gone: true },
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect({ retry: lostConnection(exchangeWith(given)), gone: targetGone(given) }).toEqual(want);
  });
});
