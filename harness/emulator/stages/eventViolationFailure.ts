import type { ErrorObject } from "ajv";
import { ERROR_MESSAGE } from "../../../generated/constants.ts";
import type { EventFailure, PerEventErrorCode } from "../stages.ts";

/** Which per-event code each schema keyword answers, the first listed winning when several are broken. */
const CODE_BY_KEYWORD: readonly (readonly [string, PerEventErrorCode])[] = [
  ["required", "FieldNotFound"],
  ["type", "InvalidData"],
  ["pattern", "InvalidData"],
  ["maxLength", "FieldTooLong"],
];

function messageOf(error: ErrorObject): string {
  if (error.keyword === "required")
    return `Required field ${error.instancePath}/${String(error.params.missingProperty)} is missing.`;
  return `Field ${error.instancePath || "/"} ${error.message ?? "is invalid"}.`;
}

/** Maps schema violations to the documented per-event codes; an unlisted keyword counts as InvalidData. */
export function eventViolationFailure(violations: ErrorObject[]): EventFailure | undefined {
  if (violations.length === 0) return undefined;
  const ranked = CODE_BY_KEYWORD.map(
    ([keyword, code]) => [violations.find((v) => v.keyword === keyword), code] as const,
  );
  const [violation, errorCode] = ranked.find(([found]) => found !== undefined) ?? [violations[0], "InvalidData"];
  const message = violation === undefined ? "The eventData breaks the event schema." : messageOf(violation);
  return { errorCode, errorMessage: message.slice(0, ERROR_MESSAGE.maxLength) };
}
