import type { Responder } from "../../../harness/sender/testing/localServer.ts";

/** Every request gets a 500, as from a crashed backend behind a load balancer. */
export const answersServerError: Responder = (_request, res) => {
  res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error");
};
