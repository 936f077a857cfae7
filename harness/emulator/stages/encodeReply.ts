import { type ErrorNameEncodingId, encodeErrorName } from "../../protocol/restJson1Errors.ts";
import type { Reply } from "../reply.ts";
import type { EmulatorContext, ErrorEncoding, WireResponse } from "../stages.ts";

const JSON_CONTENT_TYPE = "application/json";

/** Where each emulator setting puts the error's name, from the protocol's table of encodings. */
const NAME_ENCODINGS: Record<ErrorEncoding, readonly ErrorNameEncodingId[]> = {
  header: ["header"],
  body: ["body-type"],
  both: ["header", "body-type"],
};

/** restJson1: the error's name goes in X-Amzn-Errortype, the body `__type`, or both, as configured. */
export function encodeReply(reply: Reply, ctx: EmulatorContext): WireResponse {
  const headers: Record<string, string> = { "content-type": JSON_CONTENT_TYPE };
  if (reply.kind === "success") return { status: reply.status, headers, body: reply.body };
  const named = encodeErrorName(reply.name, NAME_ENCODINGS[ctx.errorEncoding]);
  const body = {
    ...named.body,
    message: reply.message,
    ...(reply.fieldList === undefined ? {} : { fieldList: reply.fieldList }),
  };
  return { status: reply.status, headers: { ...headers, ...named.headers }, body };
}
