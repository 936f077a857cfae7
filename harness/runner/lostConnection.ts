import type { Exchange, TransportError } from "../model/exchange.ts";

/** Codes that say nothing is there any more (the process died, the host or network went away). */
const GONE = /\b(ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|EHOSTDOWN|ENOTFOUND|EAI_AGAIN)\b/;

/** A connection that was lost or never made: retried (sendUntilSettled) before the case is judged. */
export function lostConnection(exchange: Exchange): boolean {
  const kind = exchange.transportError?.kind;
  return kind === "connection-refused" || kind === "connection-reset";
}

/**
 * The target is gone, not misbehaving: nothing accepts the connection. A target that accepts and then resets,
 * hangs or answers garbage is judged (a failure); one that is not there is `unreachable`, a setup problem.
 */
export function targetGone(error: TransportError | undefined): boolean {
  return error !== undefined && (error.kind === "connection-refused" || GONE.test(error.message));
}
