import type { Reply } from "../reply.ts";
import type { EmulatorContext, WireResponse } from "../stages.ts";

const JSON_CONTENT_TYPE = "application/json";

/** restJson1: the error's name goes in X-Amzn-Errortype, the body `__type`, or both, as configured. */
export function encodeReply(reply: Reply, ctx: EmulatorContext): WireResponse {
  const headers: Record<string, string> = { "content-type": JSON_CONTENT_TYPE };
  if (reply.kind === "success") return { status: reply.status, headers, body: reply.body };
  const inHeader = ctx.errorEncoding !== "body";
  const inBody = ctx.errorEncoding !== "header";
  if (inHeader) headers["x-amzn-errortype"] = reply.name;
  const body = {
    ...(inBody ? { __type: reply.name } : {}),
    message: reply.message,
    ...(reply.fieldList === undefined ? {} : { fieldList: reply.fieldList }),
  };
  return { status: reply.status, headers, body };
}
