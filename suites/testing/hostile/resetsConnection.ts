import type { Responder } from "../../../harness/sender/testing/localServer.ts";

/** Answers a request with a TCP reset. */
export const resetsConnection: Responder = (_request, _res, socket) => {
  socket.resetAndDestroy();
};
