import type { CaseRequest } from "../model/caseRequest.ts";
import { formatJson } from "../protocol/formatJson.ts";

/** The body bytes: JSON serialised exactly once, in the case's format (so the signed and the sent bytes are the same), raw as is. */
export function encodeBody(body: CaseRequest["body"]): Buffer {
  if ("raw" in body) return Buffer.from(body.raw.buffer, body.raw.byteOffset, body.raw.byteLength);
  // JSON.stringify returns undefined for `undefined` and functions; an empty body is the honest rendering.
  return Buffer.from(formatJson(body.json, body.format), "utf8");
}
