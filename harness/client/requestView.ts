import { parseJson } from "../protocol/parseJson.ts";
import { parseQuery } from "../protocol/query.ts";
import type { InterceptedRequest } from "./interceptedRequest.ts";

/** A request read once for every check: path, decoded query, and the body as JSON when it is JSON. */
export interface RequestView {
  path: string;
  rawQuery: string;
  query: Record<string, string | string[]>;
  body: { parsed: true; json: unknown } | { parsed: false; error: string };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function parseBody(bytes: Uint8Array): RequestView["body"] {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (error) {
    return { parsed: false, error: (error as Error).message };
  }
  const parsed = parseJson(text);
  return parsed.ok ? { parsed: true, json: parsed.value } : { parsed: false, error: parsed.error };
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
