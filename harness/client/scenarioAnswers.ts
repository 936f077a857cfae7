import { randomUUID } from "node:crypto";
import type { ScenarioAnswer } from "./clientScenario.ts";
import type { ERROR_ENCODINGS } from "./errorEncodings.ts";

const JSON_HEADERS = { "content-type": "application/json" };

/** A 200 with every id in `successful`, except the first when `failedCode` is given: it goes to `failed`. */
export function successAnswer(ids: readonly string[], failedCode?: string): ScenarioAnswer {
  const failedIds = failedCode === undefined ? [] : ids.slice(0, 1);
  const body = {
    successful: ids.filter((id) => !failedIds.includes(id)).map((id) => ({ id, eventID: randomUUID() })),
    failed: failedIds.map((id) => ({ id, errorCode: failedCode, errorMessage: `scripted ${failedCode} for ${id}` })),
  };
  return { status: 200, headers: JSON_HEADERS, body: JSON.stringify(body) };
}

/** An error answer, named in the header or in the body's namespaced `__type`. */
export function errorAnswer(name: string, status: number, encoding: (typeof ERROR_ENCODINGS)[number]): ScenarioAnswer {
  const body = { ...encoding.body(name), message: `scripted ${name}` };
  return { status, headers: { ...JSON_HEADERS, ...encoding.headers(name) }, body: JSON.stringify(body) };
}

/** A 200 whose body is cut off mid-document. */
export function malformedSuccessAnswer(ids: readonly string[]): ScenarioAnswer {
  const whole = successAnswer(ids).body;
  return { status: 200, headers: JSON_HEADERS, body: whole.slice(0, Math.max(1, Math.floor(whole.length / 2))) };
}
