import type { CaseDefinition } from "../../model/caseDefinition.ts";
import type { CaseInstance } from "../../model/caseRequest.ts";
import type { CheckContext } from "../../model/check.ts";
import type { Exchange } from "../../model/exchange.ts";
import type { Expectation } from "../../model/expectation.ts";

const encoder = new TextEncoder();

export interface ResponseGiven {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
}

/** An exchange whose response is built from a status, headers and a JSON (or raw) body. */
export function exchangeWith(response: ResponseGiven | "timeout"): Exchange {
  const request = { method: "POST", url: "http://127.0.0.1/PutAuditEvents", headers: {}, body: new Uint8Array() };
  if (response === "timeout") {
    return {
      request,
      transportError: { kind: "timeout", message: "no answer in 100 ms" },
      startedAt: "",
      durationMs: 100,
    };
  }
  const text = response.rawBody ?? (response.body === undefined ? "" : JSON.stringify(response.body));
  const body = encoder.encode(text);
  return {
    request,
    response: {
      status: response.status,
      headers: { "content-type": "application/json", ...response.headers },
      body,
      bodyBytes: body.length,
      bodyTruncated: false,
    },
    startedAt: "",
    durationMs: 1,
  };
}

/** A check context for a case with this expectation, whose instance sent these event ids. */
export function contextWith(expect: Expectation, ids: string[] = ["a", "b"], markedEventIds?: string[]): CheckContext {
  const instance: CaseInstance = {
    request: {
      query: { channelArn: "arn:aws:cloudtrail:us-east-1:1:channel/x" },
      body: { json: { auditEvents: ids.map((id) => ({ id, eventData: "{}" })) } },
    },
    markedEventIds,
  };
  const caseDef = { id: "Fixture", expect } as CaseDefinition;
  return { caseDef, instance, target: {} as CheckContext["target"] };
}
