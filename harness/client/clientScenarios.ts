import { PER_EVENT_ERROR_CODES } from "../../generated/constants.ts";
import { specRef } from "../catalogue/specRef.ts";
import { RESTJSON1_ERRORS } from "../protocol/restJson1Errors.ts";
import type { ClientScenario } from "./clientScenario.ts";
import { ERROR_ENCODINGS } from "./errorEncodings.ts";
import { errorAnswer, malformedSuccessAnswer, successAnswer } from "./scenarioAnswers.ts";

/** "All SDKs retry throttling and 5xx by default" (reference, Clients): retries are allowed for these. */
const isRetryable = (name: string, status: number) => status >= 500 || status === 429 || /Throttling/.test(name);

interface DocumentedError {
  name: string;
  status: number;
  description: string;
  specRef: string;
  /** True when the error has several documented statuses: the id then names the status. */
  statusInId: boolean;
}

const SPEC_LISTS = { operation: "/x-pae-operation-errors", common: "/x-pae-common-errors" } as const;

const DOCUMENTED_ERRORS: DocumentedError[] = RESTJSON1_ERRORS.flatMap((error) =>
  error.statuses.map((status) => ({
    name: error.name,
    status,
    description: error.description,
    specRef: specRef.operation(SPEC_LISTS[error.source]),
    statusInId: error.statuses.length > 1,
  })),
);

const errorScenarios: ClientScenario[] = DOCUMENTED_ERRORS.flatMap((error) =>
  ERROR_ENCODINGS.map((encoding) => {
    const retryable = isRetryable(error.name, error.status);
    return {
      id: `${error.name}${error.statusInId ? `/${error.status}` : ""}/${encoding.id}`,
      title: `${error.name} (${error.status}), named in the ${encoding.id}`,
      documentation: `${error.description} The client throws an error whose name or code is ${error.name}${retryable ? "; retries are allowed" : ""}.`,
      specRef: error.specRef,
      expect: { kind: "error", name: error.name, status: error.status, retryable },
      answer: () => errorAnswer(error.name, error.status, encoding),
    } satisfies ClientScenario;
  }),
);

const partialScenarios: ClientScenario[] = PER_EVENT_ERROR_CODES.map(({ code, rule }) => ({
  id: `PartialFailure/${code}`,
  title: `a 200 with one event failed as ${code}`,
  documentation: `A 200 lists one event in failed with errorCode ${code} (${rule}); the client resolves and shows the failed entry.`,
  specRef: specRef.schema("/PutAuditEventsResponse/properties/failed"),
  expect: { kind: "partial", code },
  answer: (ids) => successAnswer(ids, code),
}));

/** Every scripted answer a client must handle, built from the spec's tables. */
export const CLIENT_SCENARIOS: readonly ClientScenario[] = [
  {
    id: "Success",
    title: "a 200 with every event successful",
    documentation: "A 200 lists every event in successful; the client resolves and exposes successful and failed.",
    specRef: specRef.schema("/PutAuditEventsResponse"),
    expect: { kind: "success" },
    answer: (ids) => successAnswer(ids),
  },
  ...partialScenarios,
  ...errorScenarios,
  {
    id: "MalformedSuccessBody",
    title: "a 200 whose body is truncated JSON",
    documentation: "A 200 whose body is not a JSON document; the client must not report a silent, empty success.",
    specRef: specRef.schema("/PutAuditEventsResponse"),
    expect: { kind: "malformed" },
    answer: malformedSuccessAnswer,
  },
];

export type ScenarioId = string;
