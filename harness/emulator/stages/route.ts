import { OPERATION } from "../../../generated/constants.ts";
import { clip } from "../clip.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { RequestHead } from "../stages.ts";

/** Only `POST /PutAuditEvents` is an operation; anything else is restJson1's 404 UnknownOperationException. */
export function route(head: RequestHead): ErrorReply | undefined {
  if (head.method === OPERATION.method && head.rawPath === OPERATION.path) return undefined;
  return errorReply("UnknownOperationException", `No operation matches ${head.method} ${clip(head.rawPath)}.`);
}
