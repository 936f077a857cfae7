import type { Responder } from "../../../harness/sender/testing/localServer.ts";
import { answersFiftyMegabytes } from "./answersFiftyMegabytes.ts";
import { answersHtml } from "./answersHtml.ts";
import { answersInvalidJson } from "./answersInvalidJson.ts";
import { answersServerError } from "./answersServerError.ts";
import { closesMidResponse } from "./closesMidResponse.ts";
import { dripsOneByteASecond } from "./dripsOneByteASecond.ts";
import { ANSWERING_TIMEOUT_MS, HOSTILE_TIMEOUT_MS } from "./hostileRun.ts";
import { neverAnswers } from "./neverAnswers.ts";
import { resetsConnection } from "./resetsConnection.ts";

export interface HostileServer {
  respond: Responder;
  /**
   * How every case may fail: on transport with one of these error kinds (the transportSucceeded check), and,
   * if `byCheck`, with an answer that came back and that a named check refused.
   */
  fails: { transportKinds: readonly string[]; byCheck: boolean };
}

/** The request deadline to run against `hostile`: short only where a timeout is a failure it may cause. */
export function hostileTimeoutMs(hostile: HostileServer): number {
  return hostile.fails.transportKinds.includes("timeout") ? HOSTILE_TIMEOUT_MS : ANSWERING_TIMEOUT_MS;
}

/** The servers a conformance run must survive, named for what they do. */
export const HOSTILE_SERVERS: Readonly<Record<string, HostileServer>> = {
  "never answers": { respond: neverAnswers, fails: { transportKinds: ["timeout"], byCheck: false } },
  "closes the socket mid-response": {
    respond: closesMidResponse,
    fails: { transportKinds: ["connection-reset", "protocol"], byCheck: false },
  },
  "answers 200 with invalid JSON": { respond: answersInvalidJson, fails: { transportKinds: [], byCheck: true } },
  // Read up to the sender's ceiling and dropped; on a busy machine the deadline may come first.
  "answers with a 50 MB body": {
    respond: answersFiftyMegabytes,
    fails: { transportKinds: ["timeout"], byCheck: true },
  },
  "drips one byte a second": { respond: dripsOneByteASecond, fails: { transportKinds: ["timeout"], byCheck: false } },
  "answers HTML": { respond: answersHtml, fails: { transportKinds: [], byCheck: true } },
  "answers every request with 500": { respond: answersServerError, fails: { transportKinds: [], byCheck: true } },
  "resets the connection": {
    respond: resetsConnection,
    fails: { transportKinds: ["connection-reset"], byCheck: false },
  },
};
