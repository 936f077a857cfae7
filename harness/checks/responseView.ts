import type { Exchange, ReceivedResponse } from "../model/exchange.ts";
import { type ErrorIdentity, identifyError } from "../protocol/errorName.ts";
import { type ParsedJson, parseJson } from "../protocol/parseJson.ts";

/** A response read once: its JSON body (if any) and its error identity. Cached per exchange. */
export interface ResponseView {
  response: ReceivedResponse;
  text: string;
  json: ParsedJson;
  error: ErrorIdentity;
}

const cache = new WeakMap<Exchange, ResponseView>();
const decoder = new TextDecoder();

/** The parsed view of an exchange's response, or undefined when there was no response. */
export function responseView(exchange: Exchange): ResponseView | undefined {
  const response = exchange.response;
  if (!response) return undefined;
  const cached = cache.get(exchange);
  if (cached) return cached;
  const text = decoder.decode(response.body);
  const json = parseJson(text);
  const view = { response, text, json, error: identifyError(response.headers, json.ok ? json.value : undefined) };
  cache.set(exchange, view);
  return view;
}

/** How an answer is keyed in reports: the error's name, `200`, `HTTP 500 (unnamed)` or `transport:<kind>`. */
export function answerKey(exchange: Exchange): string {
  const view = responseView(exchange);
  if (!view) return `transport:${exchange.transportError?.kind ?? "other"}`;
  const status = view.response.status;
  if (status < 400) return String(status);
  return view.error.name ?? `HTTP ${status} (unnamed)`;
}
