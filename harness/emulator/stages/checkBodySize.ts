import { type ErrorReply, errorReply } from "../reply.ts";
import type { BodyLimit, BodyRead } from "../stages.ts";

function measure(body: BodyRead, limit: BodyLimit): number {
  if (limit.unit === "bytes" || !body.complete) return body.totalBytes;
  return new TextDecoder().decode(body.bytes).length;
}

/** The "1 MB" request rule, counted in the limit's unit over the whole body. */
export function checkBodySize(body: BodyRead, limit: BodyLimit): ErrorReply | undefined {
  const size = measure(body, limit);
  if (body.complete && size <= limit.max) return undefined;
  const unit = limit.unit === "bytes" ? "bytes" : "UTF-16 units";
  const message = `1 validation error detected: Value at '/' failed to satisfy constraint: Request must be at most ${limit.max} ${unit}, received ${size}`;
  return errorReply("ValidationException", message, [{ path: "/", message }]);
}
