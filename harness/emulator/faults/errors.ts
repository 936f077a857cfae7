import { errorReply, isErrorReply } from "../reply.ts";
import type { Fault } from "./fault.ts";
import { probeEvent, probeRequest } from "./probeRequests.ts";
import { renaming, replacing } from "./replacing.ts";

const UNDOCUMENTED_NAME = "BadRequest";
const duplicateIds = () => probeRequest([probeEvent("event-0"), probeEvent("event-0")]);
const duplicated = { status: 400, error: "DuplicatedAuditEventId" } as const;
const unparseable = () => ({ query: probeRequest([]).query, body: "{[" });
const withoutBody = (body: unknown) => {
  if (typeof body !== "object" || body === null) return body;
  const { __type: _dropped, ...rest } = body as Record<string, unknown>;
  return rest;
};

/** Faults of the error answers: which error, which status, and how its name is sent. */
export const ERROR_FAULTS: readonly Fault[] = [
  {
    id: "DuplicateIdsAccepted",
    description: "Two events with the same id in one request are both ingested.",
    apply: replacing("checkDuplicateIds", () => () => undefined),
    probe: { request: duplicateIds, faithful: duplicated },
  },
  {
    id: "DuplicateIdsAsValidationException",
    description: "Duplicate ids are answered ValidationException instead of DuplicatedAuditEventId.",
    apply: replacing("checkDuplicateIds", (original) =>
      renaming(original, "DuplicatedAuditEventId", "ValidationException"),
    ),
    probe: { request: duplicateIds, faithful: duplicated },
  },
  {
    id: "DuplicateIdsAs500",
    description: "Duplicate ids crash the handler: 500 InternalFailure.",
    apply: replacing("checkDuplicateIds", (original) =>
      renaming(original, "DuplicatedAuditEventId", "InternalFailure"),
    ),
    probe: { request: duplicateIds, faithful: duplicated },
  },
  {
    id: "ValidationAs500",
    description: "Every constraint violation is answered 500 InternalFailure instead of ValidationException.",
    apply: replacing("violationReply", (original) => (violations) => {
      const reply = original(violations);
      return reply?.name === "ValidationException"
        ? errorReply("InternalFailure", "An internal error occurred.")
        : reply;
    }),
    probe: { request: () => probeRequest([]), faithful: { status: 400, error: "ValidationException" } },
  },
  {
    id: "SerializationErrorAs500",
    description: "A body that cannot be parsed is answered 500 InternalFailure instead of SerializationException.",
    apply: replacing("parseBody", (original) => renaming(original, "SerializationException", "InternalFailure")),
    probe: { request: unparseable, faithful: { status: 400, error: "SerializationException" } },
  },
  {
    id: "ErrorsWithoutType",
    description: "Errors name themselves nowhere: no X-Amzn-Errortype header and no __type.",
    apply: replacing("encodeReply", (original) => (reply, ctx) => {
      const encoded = original(reply, ctx);
      if (reply.kind === "success") return encoded;
      const { "x-amzn-errortype": _dropped, ...headers } = encoded.headers;
      return { ...encoded, headers, body: withoutBody(encoded.body) };
    }),
    probe: { request: duplicateIds, faithful: duplicated },
  },
  {
    id: "ErrorHeaderBodyDisagree",
    description: "The body __type names another error than the X-Amzn-Errortype header.",
    apply: replacing("encodeReply", (original) => (reply, ctx) => {
      const encoded = original(reply, ctx);
      if (reply.kind === "success") return encoded;
      const other = reply.name === "ValidationException" ? "SerializationException" : "ValidationException";
      const body = { ...(encoded.body as Record<string, unknown>), __type: other };
      return { ...encoded, headers: { ...encoded.headers, "x-amzn-errortype": reply.name }, body };
    }),
    probe: { request: duplicateIds, faithful: duplicated },
  },
  {
    id: "ErrorTypeOnlyUnknownName",
    description: `Every 400 is named ${UNDOCUMENTED_NAME}, a name the API does not document.`,
    apply: replacing("finishReply", (original) => (reply) => {
      const finished = original(reply);
      return isErrorReply(finished) && finished.status === 400 ? { ...finished, name: UNDOCUMENTED_NAME } : finished;
    }),
    probe: { request: duplicateIds, faithful: duplicated },
  },
];
