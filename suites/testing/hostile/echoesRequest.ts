import type { Responder } from "../../../harness/sender/testing/localServer.ts";

/**
 * A fake that quotes the request back in its error, as some do: every header (Authorization, the session
 * token), the URL (the external id) and the body, in a named restJson1 error.
 */
export const echoesRequest: Responder = (request, res) => {
  const message = `rejected ${request.method} ${request.url} with headers ${JSON.stringify(request.headers)} and body ${request.body.toString("utf8").slice(0, 2000)}`;
  res
    .writeHead(400, { "content-type": "application/json", "x-amzn-errortype": "ValidationException" })
    .end(JSON.stringify({ message, headers: request.headers, url: request.url }));
};
