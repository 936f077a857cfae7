import { type ErrorReply, errorReply } from "../reply.ts";
import type { QueryValues } from "../stages.ts";

/**
 * Percent-decodes the query as RFC 3986 does (a `+` stays a `+`, unlike form encoding). A repeated name
 * becomes an array, which the query validator then refuses as a type mismatch.
 */
export function parseQuery(rawQuery: string): QueryValues | ErrorReply {
  const values = new Map<string, string[]>();
  try {
    for (const pair of rawQuery.split("&")) {
      if (pair === "") continue;
      const equals = pair.indexOf("=");
      const name = decodeURIComponent(equals < 0 ? pair : pair.slice(0, equals));
      const value = equals < 0 ? "" : decodeURIComponent(pair.slice(equals + 1));
      values.set(name, [...(values.get(name) ?? []), value]);
    }
  } catch {
    return errorReply("SerializationException", "The query string is not valid percent-encoded UTF-8.");
  }
  // Object.fromEntries defines own properties, so a parameter named __proto__ stays an ordinary key.
  return Object.fromEntries([...values].map(([name, list]) => [name, list.length === 1 ? (list[0] ?? "") : list]));
}
