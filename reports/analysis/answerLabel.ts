import type { RecordedExchange } from "../../harness/model/runDocument.ts";

/**
 * An answer as a reader wants it: the error name, prefixed with its status when the status is not 400 (a
 * client error's default), e.g. `500 InternalFailure`. The status is looked up in the recorded exchanges.
 */
export function answerLabel(answer: string, exchanges: readonly RecordedExchange[]): string {
  if (answer === "200" || answer.startsWith("transport:")) return answer;
  const status = exchanges.find((e) => e.response?.errorType === answer)?.response?.status;
  return status === undefined || status === 400 ? answer : `${status} ${answer}`;
}
