import type { Responder } from "../../../harness/sender/testing/localServer.ts";

/** Promises 100 bytes, sends 10, then closes the socket. */
export const closesMidResponse: Responder = (_request, res, socket) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
  res.write('{"successf', () => socket.destroy());
};
