import { REDACTED } from "./redacted.ts";

function decodedName(part: string): string {
  const eq = part.indexOf("=");
  const name = eq === -1 ? part : part.slice(0, eq);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Replaces every `externalId` value in the query (any case, repeated or not) and leaves the rest of the URL as
 * written: re-serialising through URL would re-encode a malformed query and record something never sent.
 */
export function redactUrl(url: string, replacement = REDACTED): string {
  const q = url.indexOf("?");
  if (q === -1) return url;
  const parts = url
    .slice(q + 1)
    .split("&")
    .map((part) => (decodedName(part).toLowerCase() === "externalid" ? `${part.split("=")[0]}=${replacement}` : part));
  return `${url.slice(0, q + 1)}${parts.join("&")}`;
}
