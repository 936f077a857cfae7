import { parseQuery } from "../sender/parseQuery.ts";
import type { InterceptedRequest } from "./interceptedRequest.ts";

/** A request read once for every check: path, decoded query, and the body as JSON when it is JSON. */
export interface RequestView {
  path: string;
  rawQuery: string;
  query: Record<string, string | string[]>;
  body: { parsed: true; json: unknown } | { parsed: false; error: string };
}

function parseBody(bytes: Uint8Array): RequestView["body"] {
  try {
    return { parsed: true, json: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch (error) {
    return { parsed: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function requestView(request: InterceptedRequest): RequestView {
  const question = request.url.indexOf("?");
  const rawQuery = question === -1 ? "" : request.url.slice(question + 1);
  return {
    path: question === -1 ? request.url : request.url.slice(0, question),
    rawQuery,
    query: parseQuery(rawQuery),
    body: parseBody(request.body),
  };
}
