import type { ErrorObject } from "ajv";
import { type ErrorReply, errorReply, type FieldProblem } from "../reply.ts";

/** How many violations the message spells out; fieldList always has them all. */
const MESSAGE_VIOLATIONS = 5;

function constraintText(error: ErrorObject): string {
  const limit = String(error.params.limit);
  switch (error.keyword) {
    case "maxItems":
    case "maxLength":
      return `Member must have length less than or equal to ${limit}`;
    case "minItems":
    case "minLength":
      return `Member must have length greater than or equal to ${limit}`;
    case "pattern":
      return `Member must satisfy regular expression pattern: ${String(error.params.pattern)}`;
    case "required":
      return "Member must not be null";
    default:
      return `Member ${error.message ?? "is invalid"}`;
  }
}

function problemOf(error: ErrorObject): FieldProblem {
  const path =
    error.keyword === "required" ? `${error.instancePath}/${String(error.params.missingProperty)}` : error.instancePath;
  return { path, message: `Value at '${path}' failed to satisfy constraint: ${constraintText(error)}` };
}

/**
 * A member of the wrong type cannot be deserialised (SerializationException); any other broken constraint
 * is a ValidationException in Smithy's words, with a fieldList.
 */
export function violationReply(violations: ErrorObject[]): ErrorReply | undefined {
  const mistyped = violations.find((error) => error.keyword === "type");
  if (mistyped !== undefined) {
    return errorReply(
      "SerializationException",
      `Value at '${mistyped.instancePath}' ${mistyped.message ?? "has the wrong type"}`,
    );
  }
  if (violations.length === 0) return undefined;
  const problems = violations.map(problemOf);
  const count = `${problems.length} validation error${problems.length === 1 ? "" : "s"} detected`;
  const shown = problems.slice(0, MESSAGE_VIOLATIONS).map((problem) => problem.message);
  const more = problems.length > MESSAGE_VIOLATIONS ? `; and ${problems.length - MESSAGE_VIOLATIONS} more` : "";
  return errorReply("ValidationException", `${count}: ${shown.join("; ")}${more}`, problems);
}
