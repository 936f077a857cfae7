import type { Responder } from "../../../harness/sender/testing/localServer.ts";

/** What a misrouted proxy or a login page sends: a 200 of HTML. */
export const answersHtml: Responder = (_request, res) => {
  res
    .writeHead(200, { "content-type": "text/html; charset=utf-8" })
    .end("<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>");
};
