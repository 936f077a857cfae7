/** The bytes that went out, as the sender built them (headers include the signature). */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** What came back; `body` holds at most TargetConfig.maxResponseBytes bytes. */
export interface ReceivedResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Uint8Array;
  /** Total bytes the target sent in the body (read and dropped past the cap). */
  bodyBytes: number;
  bodyTruncated: boolean;
}

export type TransportErrorKind = "timeout" | "connection-refused" | "connection-reset" | "protocol" | "other";

export interface TransportError {
  kind: TransportErrorKind;
  message: string;
}

/** One request and its answer (or why there was none). */
export interface Exchange {
  request: SentRequest;
  response?: ReceivedResponse;
  transportError?: TransportError;
  startedAt: string;
  durationMs: number;
}
