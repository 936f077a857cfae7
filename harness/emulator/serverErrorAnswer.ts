import { randomUUID } from "node:crypto";

/**
 * The raw answer to a request node's HTTP parser refused (bad framing, a lying Content-Length that runs into
 * garbage, oversized headers): still a restJson1 SerializationException, never a bare 400 with no name.
 */
export function serverErrorAnswer(): string {
  const body = JSON.stringify({ message: "The request could not be parsed as HTTP." });
  return [
    "HTTP/1.1 400 Bad Request",
    "Content-Type: application/json",
    "X-Amzn-Errortype: SerializationException",
    `x-amzn-RequestId: ${randomUUID()}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
    "",
    body,
  ].join("\r\n");
}
