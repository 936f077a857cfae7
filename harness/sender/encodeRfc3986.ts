/**
 * Percent-encodes a query value per RFC 3986: `encodeURIComponent` leaves `!'()*` bare, which SigV4's
 * canonical query (and AWS's servers) encode, so a signature computed over either form would disagree.
 */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
