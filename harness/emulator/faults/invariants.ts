import type { Reply, SuccessBody } from "../reply.ts";
import type { Fault } from "./fault.ts";
import { probeEvent, probeIds, probeRequest } from "./probeRequests.ts";
import { replacing } from "./replacing.ts";

/** A fault that rewrites the body of every 200. */
const rewritingSuccess = (rewrite: (body: SuccessBody) => SuccessBody) =>
  replacing("finishReply", (original) => (reply) => {
    const finished: Reply = original(reply);
    return finished.kind === "success" ? { ...finished, body: rewrite(finished.body) } : finished;
  });

const twoEvents = () => probeRequest(probeIds(2).map((id) => probeEvent(id)));
const oneEvent = () => probeRequest([probeEvent("event-0")]);
const badChecksum = () => probeRequest([probeEvent("event-0", { eventDataChecksum: "AAAA" })]);

/** Faults of the 200 answer: the lists' invariants, the entries' members, status and content type. */
export const INVARIANT_FAULTS: readonly Fault[] = [
  {
    id: "LosesAnEvent",
    description: "The last entry of the response is dropped: one request id is in neither list.",
    apply: rewritingSuccess(({ successful, failed }) =>
      successful.length > 0
        ? { successful: successful.slice(0, -1), failed }
        : { successful, failed: failed.slice(0, -1) },
    ),
    probe: { request: twoEvents, faithful: { status: 200, successful: probeIds(2) } },
  },
  {
    id: "EventInBothLists",
    description: "The first successful event is also reported in failed.",
    apply: rewritingSuccess(({ successful, failed }) => {
      const [first] = successful;
      const echo =
        first === undefined ? [] : [{ id: first.id, errorCode: "InternalFailure", errorMessage: "Retry later." }];
      return { successful, failed: [...failed, ...echo] };
    }),
    probe: { request: oneEvent, faithful: { status: 200, successful: ["event-0"] } },
  },
  {
    id: "ExtraPhantomEntry",
    description: "successful holds an id that was not in the request.",
    apply: rewritingSuccess(({ successful, failed }) => ({
      successful: [...successful, { id: "phantom-event", eventID: "00000000-0000-4000-8000-00000000beef" }],
      failed,
    })),
    probe: { request: oneEvent, faithful: { status: 200, successful: ["event-0"] } },
  },
  {
    id: "MissingEventID",
    description: "successful entries come without the eventID CloudTrail assigned.",
    apply: rewritingSuccess(({ successful, failed }) => ({ successful: successful.map(({ id }) => ({ id })), failed })),
    probe: { request: oneEvent, faithful: { status: 200, successful: ["event-0"] } },
  },
  {
    id: "DuplicatedEventIDs",
    description: "Every successful entry carries the same eventID.",
    apply: rewritingSuccess(({ successful, failed }) => ({
      successful: successful.map(({ id }) => ({ id, eventID: successful[0]?.eventID })),
      failed,
    })),
    probe: { request: twoEvents, faithful: { status: 200, successful: probeIds(2) } },
  },
  {
    id: "EchoedIdChanged",
    description: "successful entries echo the assigned eventID in id instead of the request's id.",
    apply: rewritingSuccess(({ successful, failed }) => ({
      successful: successful.map(({ id, eventID }) => ({ id: eventID ?? id, eventID })),
      failed,
    })),
    probe: { request: oneEvent, faithful: { status: 200, successful: ["event-0"] } },
  },
  {
    id: "FailedEntryWithoutMessage",
    description: "failed entries come without errorMessage.",
    apply: rewritingSuccess(({ successful, failed }) => ({
      successful,
      failed: failed.map(({ id, errorCode }) => ({ id, errorCode })),
    })),
    probe: { request: badChecksum, faithful: { status: 200, failed: { "event-0": "InvalidChecksum" } } },
  },
  {
    id: "SuccessStatus201",
    description: "A successful call is answered 201 instead of the documented 200.",
    apply: replacing("finishReply", (original) => (reply) => {
      const finished = original(reply);
      return finished.kind === "success" ? { ...finished, status: 201 } : finished;
    }),
    probe: { request: oneEvent, faithful: { status: 200, successful: ["event-0"] } },
  },
  {
    id: "WrongContentType",
    description: "A 200 is answered with Content-Type text/plain.",
    apply: replacing("encodeReply", (original) => (reply, ctx) => {
      const encoded = original(reply, ctx);
      return reply.kind === "success"
        ? { ...encoded, headers: { ...encoded.headers, "content-type": "text/plain" } }
        : encoded;
    }),
    probe: { request: oneEvent, faithful: { status: 200, successful: ["event-0"] } },
  },
];
