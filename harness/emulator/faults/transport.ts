import type { IncomingMessage } from "node:http";
import { REQUEST_BYTE_LIMIT } from "../faithfulStages.ts";
import type { ErrorReply } from "../reply.ts";
import { errorReply } from "../reply.ts";
import type { Fault } from "./fault.ts";
import { paddedEvents, probeEvent, probeRequest } from "./probeRequests.ts";
import { replacing } from "./replacing.ts";

/** Even a fault that does not count a chunked body stops buffering somewhere. */
const UNCOUNTED_SAFETY_CAP = 8 * REQUEST_BYTE_LIMIT;
const EVENTS = 5;

const lengthRequired: ErrorReply = {
  kind: "error",
  status: 411,
  name: "LengthRequiredException",
  message: "A request body needs a Content-Length.",
};
const declaredLength = (stream: unknown) => (stream as Partial<IncomingMessage>).headers?.["content-length"];
const chunked = (request: () => ReturnType<typeof probeRequest>) => () => ({ ...request(), chunked: true as const });
const oneEvent = () => probeRequest([probeEvent("event-0")]);
const oversize = () => probeRequest(paddedEvents(EVENTS, "x".repeat(Math.ceil(REQUEST_BYTE_LIMIT / EVENTS))));

/** Faults of how the request travels: chunked bodies and SigV4's optional payload hash header. */
export const TRANSPORT_FAULTS: readonly Fault[] = [
  {
    id: "ChunkedBodyRejected",
    description: "A body sent with Transfer-Encoding: chunked (no Content-Length) is refused with 411.",
    apply: replacing(
      "route",
      (original) => (head) =>
        head.headers["content-length"] === undefined && head.headers["transfer-encoding"] !== undefined
          ? lengthRequired
          : original(head),
    ),
    probe: { request: chunked(oneEvent), faithful: { status: 200, successful: ["event-0"] } },
  },
  {
    id: "ChunkedSizeNotCounted",
    description: "The 1 MB limit is read from Content-Length, so a chunked body of any size passes as 0 bytes.",
    apply: replacing("readBody", (original) => async (stream, limit) => {
      if (declaredLength(stream) !== undefined) return original(stream, limit);
      const body = await original(stream, { ...limit, max: UNCOUNTED_SAFETY_CAP });
      return { ...body, totalBytes: 0 };
    }),
    probe: { request: chunked(oversize), faithful: { status: 400, error: "ValidationException" } },
  },
  {
    id: "ContentSha256Required",
    description: "A signed request without X-Amz-Content-Sha256 is refused with 403 IncompleteSignature.",
    apply: replacing(
      "authenticate",
      (original) => async (head, body, ctx) =>
        head.headers.authorization !== undefined && head.headers["x-amz-content-sha256"] === undefined
          ? errorReply("IncompleteSignature", "The request must include the header X-Amz-Content-Sha256.")
          : original(head, body, ctx),
    ),
    probe: {
      // Signed by the test sender, which (as the SDKs may) sends no X-Amz-Content-Sha256.
      request: oneEvent,
      faithful: { status: 200, successful: ["event-0"] },
    },
  },
];
