import type { CaseRequest } from "../model/caseRequest.ts";
import { encodeRfc3986 } from "../protocol/query.ts";

/** A stable order, so the same case always produces the same bytes and the same recorded URL. */
const QUERY_ORDER = ["channelArn", "externalId"] as const;

/** The query string a case sends, without `?`: `rawQuery` verbatim, else `query` encoded in a fixed order. */
export function buildQuery(request: Pick<CaseRequest, "query" | "rawQuery">): string {
  if (request.rawQuery !== undefined) return request.rawQuery;
  const parts: string[] = [];
  for (const key of QUERY_ORDER) {
    const value = request.query[key];
    if (value !== undefined) parts.push(`${key}=${encodeRfc3986(value)}`);
  }
  return parts.join("&");
}
