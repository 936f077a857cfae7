/** A request as the server received it: the request line's target, lower-case headers, the body's bytes. */
export interface InterceptedRequest {
  method: string;
  /** Path and query, as on the request line. */
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
  receivedAt: string;
}
