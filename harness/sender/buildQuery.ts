import type { CaseRequest } from "../model/caseRequest.ts";
import { encodeRfc3986 } from "../protocol/query.ts";
import { rememberedByText } from "../protocol/remembered.ts";

/** A stable order, so the same case always produces the same bytes and the same recorded URL. */
const QUERY_ORDER = ["channelArn", "externalId"] as const;

/** Encoded query values by their text: a run sends the same channel ARNs and external ids again and again. */
const encodedValues = new Map<string, string>();

/** The query string a case sends, without `?`: `rawQuery` verbatim, else `query` encoded in a fixed order. */
export function buildQuery(request: Pick<CaseRequest, "query" | "rawQuery">): string {
  if (request.rawQuery !== undefined) return request.rawQuery;
  const parts: string[] = [];
  for (const key of QUERY_ORDER) {
    const value = request.query[key];
    if (value !== undefined) parts.push(`${key}=${rememberedByText(encodedValues, value, encodeRfc3986)}`);
  }
  return parts.join("&");
}
