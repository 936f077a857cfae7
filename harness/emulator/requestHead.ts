import type { IncomingMessage } from "node:http";
import type { RequestHead } from "./stages.ts";

/** The request line and headers as plain data; repeated headers are joined as HTTP allows. */
export function requestHead(req: IncomingMessage): RequestHead {
  const target = req.url ?? "/";
  const question = target.indexOf("?");
  const headers: Record<string, string> = {};
  const given = req.headers;
  for (const name in given) {
    const value = given[name];
    if (value !== undefined) headers[name] = typeof value === "string" ? value : value.join(", ");
  }
  return {
    method: req.method ?? "",
    rawPath: question < 0 ? target : target.slice(0, question),
    rawQuery: question < 0 ? "" : target.slice(question + 1),
    headers,
  };
}
