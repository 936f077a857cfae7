import type { Responder } from "../../../harness/sender/testing/localServer.ts";
import { streamBytes } from "./streamBytes.ts";

export const FIFTY_MEGABYTES = 50 * 1024 * 1024;

/** A 200 whose body is 50 MB of `a`. */
export const answersFiftyMegabytes: Responder = (_request, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": String(FIFTY_MEGABYTES) });
  streamBytes(res, FIFTY_MEGABYTES);
};
