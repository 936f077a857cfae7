import { clip } from "../clip.ts";
import { type DocumentedErrorName, type ErrorReply, errorReply } from "../reply.ts";
import type { RequestHead } from "../stages.ts";

const JSON_MEDIA_TYPE = "application/json";

/**
 * A Content-Type check that refuses a media type other than JSON with `refusal`; parameters such as charset
 * are fine, and no Content-Type at all is too. Which answer a wrong one gets is an open fact (a reading).
 */
export function contentTypeCheck(refusal: DocumentedErrorName) {
  return (head: RequestHead): ErrorReply | undefined => {
    const contentType = head.headers["content-type"];
    if (contentType === undefined) return undefined;
    const mediaType = (contentType.split(";")[0] ?? "").trim().toLowerCase();
    if (mediaType === JSON_MEDIA_TYPE) return undefined;
    return errorReply(refusal, `Content-Type '${clip(contentType)}' is not ${JSON_MEDIA_TYPE}.`);
  };
}

/** The default reading (wrongContentType=accepted): the body is read as JSON whatever its Content-Type says. */
export function checkContentType(_head: RequestHead): ErrorReply | undefined {
  return undefined;
}
