import type { IncomingMessage, ServerResponse } from "node:http";
import type { WireResponse } from "./stages.ts";
import { writeResponse } from "./writeResponse.ts";

/**
 * How long, and how many more bytes, the rest of an abandoned body is read and thrown away after the answer
 * (`EmulatorLimits`' lingerMs and lingerBytes). Closing with unread bytes in the socket makes the kernel reset
 * the connection, and a client still writing its body then gets EPIPE or ECONNRESET instead of the answer
 * already sent (RFC 9112 §9.6, lingering close).
 */
export interface Linger {
  ms: number;
  bytes: number;
}

/**
 * Answers a request whose body was abandoned past the size limit: the whole answer goes out at once, marked
 * `Connection: close`; the connection closes when the client has sent the rest, or after the linger, whichever
 * comes first. Nothing read here is kept.
 */
export function answerThenLinger(
  req: IncomingMessage,
  res: ServerResponse,
  answer: WireResponse,
  linger: Linger,
): void {
  writeResponse(res, { ...answer, headers: { ...answer.headers, connection: "close" } }, true);
  let discarded = 0;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    req.off("data", onData);
    res.end();
  };
  const onData = (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > linger.bytes) end();
  };
  const timer = setTimeout(end, linger.ms);
  req.on("data", onData);
  req.once("end", end);
  req.once("close", end);
  req.once("error", end);
  if (req.readableEnded || req.destroyed) end();
  else req.resume();
}
