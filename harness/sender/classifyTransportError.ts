import type { TransportError, TransportErrorKind } from "../model/exchange.ts";

const KIND_BY_CODE: Record<string, TransportErrorKind> = {
  ECONNREFUSED: "connection-refused",
  ECONNRESET: "connection-reset",
  EPIPE: "connection-reset",
  UND_ERR_SOCKET: "connection-reset",
  UND_ERR_CONNECT_TIMEOUT: "timeout",
  UND_ERR_HEADERS_TIMEOUT: "timeout",
  UND_ERR_BODY_TIMEOUT: "timeout",
  ETIMEDOUT: "timeout",
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: "protocol",
  UND_ERR_HEADERS_OVERFLOW: "protocol",
  UND_ERR_INFO: "protocol",
};

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The error and everything it wraps: undici nests the socket's error in `cause`, happy eyeballs in `errors`. */
function chain(error: unknown, depth = 0): ErrorLike[] {
  if (depth > 5 || error === null || typeof error !== "object") return [];
  const e = error as ErrorLike;
  const nested = Array.isArray(e.errors) ? e.errors.flatMap((inner) => chain(inner, depth + 1)) : [];
  return [e, ...chain(e.cause, depth + 1), ...nested];
}

function kindOf(e: ErrorLike): TransportErrorKind | undefined {
  if (e.name === "TimeoutError") return "timeout";
  if (e.name === "HTTPParserError") return "protocol";
  if (typeof e.code !== "string") return undefined;
  if (e.code.startsWith("HPE_")) return "protocol";
  return KIND_BY_CODE[e.code];
}

/** Names what went wrong on the wire; anything unrecognised is `other`, with the original message kept. */
export function classifyTransportError(error: unknown, context = ""): TransportError {
  const errors = chain(error);
  const kind = errors.map(kindOf).find((k) => k !== undefined) ?? "other";
  const detail = errors
    .map((e) => [typeof e.code === "string" ? e.code : "", typeof e.message === "string" ? e.message : ""])
    .map(([code, message]) => [code, message].filter((s) => s !== "").join(": "))
    .filter((s, i, all) => s !== "" && all.indexOf(s) === i)
    .join("; ");
  const message = detail === "" ? String(error) : detail;
  return { kind, message: context === "" ? message : `${message} (${context})` };
}
