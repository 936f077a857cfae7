/** A scripted HTTP answer, body as text so that it can be malformed on purpose. */
export interface ScenarioAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** How a conformant client surfaces the answer. */
export type ScenarioExpectation =
  | { kind: "success" }
  | { kind: "partial"; code: string }
  | { kind: "error"; name: string; status: number; retryable: boolean }
  | { kind: "malformed" };

export type ScenarioKind = ScenarioExpectation["kind"];

/** One documented answer of PutAuditEvents, declared as data; the harness never branches on `id`. */
export interface ClientScenario {
  /** Stable id, e.g. `Success`, `PartialFailure/InvalidChecksum`, `ChannelNotFound/header`. */
  id: string;
  title: string;
  documentation: string;
  specRef: string;
  expect: ScenarioExpectation;
  /** The answer to a request that sent these event ids. */
  answer: (ids: readonly string[]) => ScenarioAnswer;
}
