import { randomUUID } from "node:crypto";

/** The code node gives a request that outlived `headersTimeout` or `requestTimeout`. */
const REQUEST_TIMEOUT_CODE = "ERR_HTTP_REQUEST_TIMEOUT";

/** A raw restJson1 error answer for a connection the HTTP layer gave up on; the connection then closes. */
function rawErrorAnswer(statusLine: string, errorName: string, message: string): string {
  const body = JSON.stringify({ message });
  return [
    `HTTP/1.1 ${statusLine}`,
    "Content-Type: application/json",
    `X-Amzn-Errortype: ${errorName}`,
    `x-amzn-RequestId: ${randomUUID()}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
    "",
    body,
  ].join("\r\n");
}

/**
 * The raw answer to a connection node's HTTP layer gave up on. A stall gets HTTP's 408 with the name AWS front
 * ends give it (the API documents no timeout error); a request the parser refused (bad framing, a lying
 * Content-Length that runs into garbage, oversized headers) is still a named SerializationException, never a
 * bare 400.
 */
export function clientErrorAnswer(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === REQUEST_TIMEOUT_CODE
    ? rawErrorAnswer("408 Request Timeout", "RequestTimeoutException", "The request was not received in time.")
    : rawErrorAnswer("400 Bad Request", "SerializationException", "The request could not be parsed as HTTP.");
}
