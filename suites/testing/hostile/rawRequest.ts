import { connect } from "node:net";

export interface RawAnswer {
  /** Status codes of every response the server wrote back, in order (pipelined requests get several). */
  statuses: number[];
  /** The server neither answered nor closed within the limit (the socket was then destroyed). */
  timedOut: boolean;
  /** The connection was reset instead of closed. */
  reset: boolean;
}

const STATUS_LINE = /(?:^|\r\n)HTTP\/1\.[01] (\d{3}) /g;

/**
 * Writes `bytes` on a fresh connection to 127.0.0.1:`port`, half-closes it (so a body the head promised but
 * never sent ends the request instead of keeping it waiting), and collects what comes back until the server
 * closes; `limitMs` only bounds a server that would never close.
 */
export function rawRequest(port: number, bytes: Uint8Array, limitMs: number): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let timedOut = false;
    let reset = false;
    const limit = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, limitMs);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => {
      reset = true;
    });
    socket.on("close", () => {
      clearTimeout(limit);
      const text = Buffer.concat(chunks).toString("latin1");
      const statuses = [...text.matchAll(STATUS_LINE)].map((match) => Number(match[1]));
      resolve({ statuses, timedOut, reset });
    });
    socket.end(bytes);
  });
}
