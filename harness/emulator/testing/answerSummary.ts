import type { ProbeAnswer } from "../faults/fault.ts";
import type { EmulatorAnswer } from "./sendToEmulator.ts";

/** What a fault may change about an answer, flattened so that two answers compare with one toEqual. */
export interface AnswerSummary {
  status: number;
  contentType: string | undefined;
  errorHeader?: string | undefined;
  errorBodyType?: string | undefined;
  hasMessage?: boolean;
  successful?: string[];
  failed?: Record<string, string>;
  eventIdsPresentAndDistinct?: boolean;
  failedMessagesPresent?: boolean;
}

interface Entry {
  id?: unknown;
  eventID?: unknown;
  errorCode?: unknown;
  errorMessage?: unknown;
}

const listOf = (value: unknown): Entry[] => (Array.isArray(value) ? (value as Entry[]) : []);

export function summarizeAnswer(answer: EmulatorAnswer): AnswerSummary {
  const body = (answer.json ?? {}) as Record<string, unknown>;
  const contentType = answer.headers["content-type"];
  if (answer.status >= 300 || !("successful" in body)) {
    return {
      status: answer.status,
      contentType,
      errorHeader: answer.headers["x-amzn-errortype"],
      errorBodyType: typeof body.__type === "string" ? body.__type : undefined,
      hasMessage: typeof body.message === "string" && body.message !== "",
    };
  }
  const successful = listOf(body.successful);
  const failed = listOf(body.failed);
  const eventIds = successful.map((entry) => entry.eventID);
  return {
    status: answer.status,
    contentType,
    successful: successful.map((entry) => String(entry.id)),
    failed: Object.fromEntries(failed.map((entry) => [String(entry.id), String(entry.errorCode)])),
    eventIdsPresentAndDistinct:
      eventIds.every((id) => typeof id === "string" && id !== "") && new Set(eventIds).size === eventIds.length,
    failedMessagesPresent: failed.every((entry) => typeof entry.errorMessage === "string" && entry.errorMessage !== ""),
  };
}

/** The summary of a faithful answer with errors named in the header only (the default encoding). */
export function expectedSummary(answer: ProbeAnswer): AnswerSummary {
  const contentType = "application/json";
  if (answer.error !== undefined) {
    return {
      status: answer.status,
      contentType,
      errorHeader: answer.error,
      errorBodyType: undefined,
      hasMessage: true,
    };
  }
  return {
    status: answer.status,
    contentType,
    successful: answer.successful ?? [],
    failed: answer.failed ?? {},
    eventIdsPresentAndDistinct: true,
    failedMessagesPresent: true,
  };
}
