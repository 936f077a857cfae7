import { type ErrorReply, errorReply } from "./reply.ts";

/**
 * Over a transactions-per-second quota: 429 ThrottlingException (a documented status of it), with Retry-After
 * when the quota refills; a used-up quota of 0 never does, so it announces no wait.
 */
export function throttledReply(retryAfterSeconds: number): ErrorReply {
  const reply = errorReply("ThrottlingException", "Rate exceeded: the transactions-per-second quota is used up.");
  const headers = Number.isFinite(retryAfterSeconds) ? { "retry-after": String(retryAfterSeconds) } : undefined;
  return { ...reply, status: 429, ...(headers === undefined ? {} : { headers }) };
}
