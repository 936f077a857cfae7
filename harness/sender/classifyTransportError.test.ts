import { describe, expect, it } from "vitest";
import type { TransportErrorKind } from "../model/exchange.ts";
import { classifyTransportError } from "./classifyTransportError.ts";

function coded(code: string, message = "boom", extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { code }, extra);
}

const CASES: [string, { given: unknown; kind: TransportErrorKind }][] = [
  ["reads ECONNREFUSED as connection refused", { given: coded("ECONNREFUSED"), kind: "connection-refused" }],
  [
    "finds a refusal inside happy eyeballs' AggregateError",
    { given: Object.assign(new AggregateError([coded("ECONNREFUSED")], "all failed"), {}), kind: "connection-refused" },
  ],
  ["reads a reset as connection reset", { given: coded("ECONNRESET"), kind: "connection-reset" }],
  [
    "reads undici's 'other side closed' as connection reset",
    { given: coded("UND_ERR_SOCKET", "other side closed"), kind: "connection-reset" },
  ],
  [
    "finds a code in the cause",
    { given: new Error("fetch failed", { cause: coded("ECONNRESET") }), kind: "connection-reset" },
  ],
  ["reads undici's header timeout as timeout", { given: coded("UND_ERR_HEADERS_TIMEOUT"), kind: "timeout" }],
  [
    "reads an abort by AbortSignal.timeout as timeout",
    { given: new DOMException("t", "TimeoutError"), kind: "timeout" },
  ],
  ["reads an HTTP parser error as protocol", { given: coded("HPE_INVALID_CONSTANT"), kind: "protocol" }],
  [
    "reads a body shorter than Content-Length as protocol",
    { given: coded("UND_ERR_RES_CONTENT_LENGTH_MISMATCH"), kind: "protocol" },
  ],
  ["reads anything else as other", { given: coded("UND_ERR_INVALID_ARG", "invalid request path"), kind: "other" }],
  ["copes with a thrown string", { given: "weird", kind: "other" }],
];

describe("classifyTransportError", () => {
  it.each(CASES)("%s", (_name, { given, kind }) => {
    const error = classifyTransportError(given, "before the response headers");
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(/\S.*\(before the response headers\)$/);
  });
});
