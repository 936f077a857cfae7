import { randomUUID } from "node:crypto";
import { serverErrorAnswer } from "./serverErrorAnswer.ts";

/** The code node gives a request that outlived `headersTimeout` or `requestTimeout`. */
const REQUEST_TIMEOUT_CODE = "ERR_HTTP_REQUEST_TIMEOUT";

/**
 * The transport's own answer to a stall: the API documents no timeout error, so this is HTTP's 408 with the
 * name AWS front ends give it, and the connection closes.
 */
function requestTimeoutAnswer(): string {
  const body = JSON.stringify({ message: "The request was not received in time." });
  return [
    "HTTP/1.1 408 Request Timeout",
    "Content-Type: application/json",
    "X-Amzn-Errortype: RequestTimeoutException",
    `x-amzn-RequestId: ${randomUUID()}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
    "",
    body,
  ].join("\r\n");
}

/** The raw answer to a connection node's HTTP layer gave up on: 408 for a timeout, else a parse error. */
export function clientErrorAnswer(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === REQUEST_TIMEOUT_CODE ? requestTimeoutAnswer() : serverErrorAnswer();
}
