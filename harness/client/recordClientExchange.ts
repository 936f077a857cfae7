import type { Exchange } from "../model/exchange.ts";
import type { RecordedExchange } from "../model/runDocument.ts";
import type { Verdict } from "../model/verdict.ts";
import { recordExchange } from "../recording/recordExchange.ts";
import type { RecordedClientRequest } from "./scripted/recordedClientRequest.ts";

export interface ClientExchangeOptions {
  endpoint: string;
  index: number;
  label: string;
  verdicts: Verdict[];
  secrets: readonly string[];
}

/** A request the client sent and the scripted answer, recorded as a run report keeps exchanges. */
export function recordClientExchange(
  recorded: RecordedClientRequest,
  options: ClientExchangeOptions,
): RecordedExchange {
  const { request, answer } = recorded;
  const body = answer === undefined ? undefined : new TextEncoder().encode(answer.body);
  const exchange: Exchange = {
    request: {
      method: request.method,
      url: `${options.endpoint}${request.url}`,
      headers: request.headers,
      body: request.body,
    },
    ...(answer === undefined || body === undefined
      ? {}
      : {
          response: {
            status: answer.status,
            headers: answer.headers,
            body,
            bodyBytes: body.byteLength,
            bodyTruncated: false,
          },
        }),
    startedAt: request.receivedAt,
    durationMs: 0,
  };
  return recordExchange(exchange, {
    index: options.index,
    label: options.label,
    verdicts: options.verdicts,
    secrets: options.secrets,
  });
}
