import type { Responder } from "../../../harness/sender/testing/localServer.ts";

const INTERVAL_MS = 1_000;

/** Sends the headers and then one byte of a 1,000-byte body each second: a per-read timeout never fires. */
export const dripsOneByteASecond: Responder = (_request, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
  res.write("{");
  const timer = setInterval(() => res.write(" "), INTERVAL_MS);
  res.on("close", () => clearInterval(timer));
};
