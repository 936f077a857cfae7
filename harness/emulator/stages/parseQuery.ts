import { parseQuery as decodedQuery } from "../../protocol/query.ts";
import { rememberedByText } from "../../protocol/remembered.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { QueryValues } from "../stages.ts";

/**
 * Decoded queries by their raw text: a client sends the same channel's query request after request. They are
 * frozen, since every request that sends the text shares one.
 */
const decodedQueries = new Map<string, Readonly<QueryValues>>();

function frozenQuery(rawQuery: string): Readonly<QueryValues> {
  const query = decodedQuery(rawQuery, decodeURIComponent);
  for (const value of Object.values(query)) if (typeof value !== "string") Object.freeze(value);
  return Object.freeze(query);
}

/**
 * The query, strictly percent-decoded: a bad escape is refused. A repeated name becomes an array, which the
 * query validator then refuses as a type mismatch.
 */
export function parseQuery(rawQuery: string): QueryValues | ErrorReply {
  try {
    return rememberedByText(decodedQueries, rawQuery, frozenQuery);
  } catch {
    return errorReply("SerializationException", "The query string is not valid percent-encoded UTF-8.");
  }
}
