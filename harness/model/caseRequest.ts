import type { JsonFormat } from "../protocol/formatJson.ts";

/** What one case instance sends, exactly; the sender adds nothing but the SigV4 headers it is asked for. */
export interface CaseRequest {
  /** Query parameters, percent-encoded by the sender; an absent key is not sent. */
  query: { channelArn?: string; externalId?: string };
  /** A query string sent verbatim instead of `query` (for malformed or unusual encodings), without `?`. */
  rawQuery?: string;
  /** The body: a JSON value the sender serialises once (in `format`, default canonical), or bytes sent as they are. */
  body: { json: unknown; format?: JsonFormat } | { raw: Uint8Array };
  /** How the body travels: with Content-Length (default) or `Transfer-Encoding: chunked` in `chunks` pieces. */
  transfer?: { encoding: "content-length" } | { encoding: "chunked"; chunks: number };
  /** Send X-Amz-Content-Sha256 when signing (default true); without it SigV4 still signs the payload hash. */
  contentSha256Header?: boolean;
  /** Content-Type header; default `application/json`; `null` sends none. */
  contentType?: string | null;
  /** Extra headers, sent as given (after signing, so they may break the signature on purpose). */
  headers?: Record<string, string>;
  /** Sign with SigV4; default true. */
  sign?: boolean;
  /** Default POST. */
  method?: string;
  /** Default /PutAuditEvents. */
  path?: string;
}

/** One generated instance of a case: the request plus what the generator planted in it. */
export interface CaseInstance {
  request: CaseRequest;
  /** Ids of events the generator made bad on purpose (wrong checksum, bad eventData, ...). */
  markedEventIds?: string[];
  /** One line saying what this instance is, for reports ("101 events", "duplicate id at 3 and 97"). */
  label?: string;
}
