import { parseQuery as decodedQuery } from "../../protocol/query.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { QueryValues } from "../stages.ts";

/**
 * The query, strictly percent-decoded: a bad escape is refused. A repeated name becomes an array, which the
 * query validator then refuses as a type mismatch.
 */
export function parseQuery(rawQuery: string): QueryValues | ErrorReply {
  try {
    return decodedQuery(rawQuery, decodeURIComponent);
  } catch {
    return errorReply("SerializationException", "The query string is not valid percent-encoded UTF-8.");
  }
}
