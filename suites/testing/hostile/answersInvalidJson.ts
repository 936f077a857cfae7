import type { Responder } from "../../../harness/sender/testing/localServer.ts";

/** A 200 that says it is JSON and is not. */
export const answersInvalidJson: Responder = (_request, res) => {
  res.writeHead(200, { "content-type": "application/json" }).end('{"successful": [{"id": "a", "eventID": ');
};
