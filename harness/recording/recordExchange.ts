import type { Exchange, ReceivedResponse } from "../model/exchange.ts";
import type { RecordedExchange } from "../model/runDocument.ts";
import type { Verdict } from "../model/verdict.ts";
import { identifyError } from "../protocol/errorName.ts";
import { jsonValueOf } from "../protocol/parseJson.ts";
import { bodyPreview, DEFAULT_PREVIEW_BYTES } from "./bodyPreview.ts";
import { curlCommand } from "./curlCommand.ts";
import { redactHeaders } from "./redactHeaders.ts";
import { redactSecrets } from "./redactSecrets.ts";
import { redactUrl } from "./redactUrl.ts";

export interface RecordOptions {
  index: number;
  label?: string;
  verdicts?: Verdict[];
  /** Bytes of each body kept in the record; default 2048. */
  previewBytes?: number;
  /** Values that must not appear anywhere in the record (external ids, secret keys, session tokens). */
  secrets?: readonly string[];
  /** For the curl command; default the request's credential scope. */
  region?: string;
  /** Request bodies above this are not inlined in the curl command; default 64 KiB. */
  curlBodyLimit?: number;
  /** The curl command reads the body from this file (the shrunk counterexample's repro/<case>.json). */
  bodyFile?: string;
}

function recordResponse(response: ReceivedResponse, previewBytes: number): RecordedExchange["response"] {
  // A 2xx is not an error whatever its body holds; naming one would mislead a reader of the report.
  const isError = response.status < 200 || response.status >= 300;
  const errorType = isError
    ? identifyError(response.headers, jsonValueOf(new TextDecoder().decode(response.body))).name
    : undefined;
  return {
    status: response.status,
    ...(errorType === undefined ? {} : { errorType }),
    headers: redactHeaders(response.headers),
    bodyPreview: bodyPreview(response.body, previewBytes, response.bodyBytes),
    bodyBytes: response.bodyBytes,
    truncated: response.bodyTruncated,
  };
}

/** One exchange as a report keeps it: capped bodies, no credentials, no external id, and its curl reproduction. */
export function recordExchange(exchange: Exchange, options: RecordOptions): RecordedExchange {
  const previewBytes = options.previewBytes ?? DEFAULT_PREVIEW_BYTES;
  const { request } = exchange;
  const record: RecordedExchange = {
    index: options.index,
    ...(options.label === undefined ? {} : { label: options.label }),
    request: {
      method: request.method,
      url: redactUrl(request.url),
      headers: redactHeaders(request.headers),
      bodyPreview: bodyPreview(request.body, previewBytes),
      bodyBytes: request.body.byteLength,
    },
    ...(exchange.response === undefined ? {} : { response: recordResponse(exchange.response, previewBytes) }),
    ...(exchange.transportError === undefined ? {} : { transportError: { ...exchange.transportError } }),
    durationMs: exchange.durationMs,
    verdicts: options.verdicts ?? [],
    curl: curlCommand(request, {
      region: options.region,
      previewLimit: options.curlBodyLimit,
      ...(options.bodyFile === undefined ? {} : { bodyFile: options.bodyFile }),
    }),
  };
  return redactSecrets(record, options.secrets ?? []);
}
