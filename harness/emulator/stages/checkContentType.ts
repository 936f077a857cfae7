import { clip } from "../clip.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { RequestHead } from "../stages.ts";

const JSON_MEDIA_TYPE = "application/json";

/** A Content-Type that is sent must name JSON; parameters such as charset are fine, and none at all is too. */
export function checkContentType(head: RequestHead): ErrorReply | undefined {
  const contentType = head.headers["content-type"];
  if (contentType === undefined) return undefined;
  const mediaType = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  if (mediaType === JSON_MEDIA_TYPE) return undefined;
  return errorReply("SerializationException", `Content-Type '${clip(contentType)}' is not ${JSON_MEDIA_TYPE}.`);
}
