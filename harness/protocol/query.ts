/** A decoded query: a name given once maps to its value, a repeated name to its values in order. */
export type QueryValues = Record<string, string | string[]>;

/**
 * Percent-encodes a query name or value per RFC 3986: `encodeURIComponent` leaves `!'()*` bare, which SigV4's
 * canonical query (and AWS's servers) encode, so a signature computed over either form would disagree.
 */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Percent-decodes, keeping text that does not decode as written (a malformed case is signed as sent). */
export function decodeLeniently(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The name/value pairs of a raw query (without `?`), in order, decoded as RFC 3986 does (a `+` stays a `+`,
 * unlike form encoding); `a` and `a=` both give an empty value. `decode` may throw to refuse a bad escape.
 */
export function queryPairs(rawQuery: string, decode: (text: string) => string = decodeLeniently): [string, string][] {
  return rawQuery
    .split("&")
    .filter((part) => part !== "")
    .map((part) => {
      const at = part.indexOf("=");
      return [decode(at === -1 ? part : part.slice(0, at)), at === -1 ? "" : decode(part.slice(at + 1))];
    });
}

/** A raw query as values by name (see queryPairs for `decode`). */
export function parseQuery(rawQuery: string, decode?: (text: string) => string): QueryValues {
  const values = new Map<string, string[]>();
  for (const [name, value] of queryPairs(rawQuery, decode)) values.set(name, [...(values.get(name) ?? []), value]);
  // Object.fromEntries defines own properties, so a parameter named __proto__ stays an ordinary key.
  return Object.fromEntries([...values].map(([name, list]) => [name, list.length === 1 ? (list[0] ?? "") : list]));
}
