import { encodeRfc3986 } from "../protocol/query.ts";
import { REDACTED } from "./redacted.ts";

/**
 * Shorter values are not searched for: a 2-character external id would blank every matching pair of letters in
 * the record. Such values are still redacted where they are known to sit (the URL, the headers).
 */
export const MIN_SECRET_LENGTH = 4;

/** Each secret as it may appear: raw, percent-encoded (URLs), JSON-escaped (bodies). Longest first. */
function forms(secrets: readonly string[]): string[] {
  const all = secrets
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
    .flatMap((s) => [s, encodeURIComponent(s), encodeRfc3986(s), JSON.stringify(s).slice(1, -1)]);
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/** What a preview cut looks like (see bodyPreview): the text before it may end with the start of a secret. */
const PREVIEW_CUT = /…\[\d+ more bytes\]$/;
const PREVIEW_CUT_END = " more bytes]";

function trimSecretPrefix(head: string, patterns: readonly string[]): string {
  for (const pattern of patterns) {
    for (let k = pattern.length - 1; k >= MIN_SECRET_LENGTH; k -= 1) {
      if (head.endsWith(pattern.slice(0, k))) return head.slice(0, head.length - k) + REDACTED;
    }
  }
  return head;
}

function redactString(text: string, patterns: readonly string[]): string {
  let result = text;
  // A search is a fraction of a split and join, and most strings (curl commands, bodies) hold no secret.
  for (const pattern of patterns) if (result.includes(pattern)) result = result.split(pattern).join(REDACTED);
  const cut = result.endsWith(PREVIEW_CUT_END) ? PREVIEW_CUT.exec(result) : null;
  return cut ? trimSecretPrefix(result.slice(0, cut.index), patterns) + cut[0] : result;
}

function walk(value: unknown, patterns: readonly string[]): unknown {
  if (typeof value === "string") return redactString(value, patterns);
  if (Array.isArray(value)) return value.map((item) => walk(item, patterns));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactString(k, patterns), walk(v, patterns)]));
  }
  return value;
}

/** The last line of defence: every string anywhere in a JSON-like value with the given secrets blanked out. */
export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  const patterns = forms(secrets);
  return patterns.length === 0 ? value : (walk(value, patterns) as T);
}
