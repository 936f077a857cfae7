import type { ErrorObject } from "ajv";
import type { JsonObject, QueryValues } from "../stages.ts";
import { replacing } from "./replacing.ts";

export type ViolationTest = (error: ErrorObject, query: QueryValues, body: JsonObject) => boolean;

export const ID_PATH = /^\/auditEvents\/\d+\/id$/;

/** A fault that lets through the request violations `ignored` picks. */
export function ignoringViolations(ignored: ViolationTest) {
  return replacing(
    "requestViolations",
    (original) => (query, body) => original(query, body).filter((error) => !ignored(error, query, body)),
  );
}

/** A fault that adds the violations `extra` finds, as a stricter (wrong) rule would. */
export function addingViolations(extra: (query: QueryValues, body: JsonObject) => ErrorObject[]) {
  return replacing("requestViolations", (original) => (query, body) => [
    ...original(query, body),
    ...extra(query, body),
  ]);
}

export function violation(
  instancePath: string,
  keyword: string,
  params: Record<string, unknown>,
  message: string,
): ErrorObject {
  return { instancePath, schemaPath: "#/planted-fault", keyword, params, message };
}

/** The ids of the request, with their index, when auditEvents is a list of objects. */
export function idsOf(body: JsonObject): { index: number; id: unknown }[] {
  const events = Array.isArray(body.auditEvents) ? (body.auditEvents as unknown[]) : [];
  return events.map((event, index) => ({
    index,
    id: typeof event === "object" && event !== null ? (event as { id?: unknown }).id : undefined,
  }));
}

/** The value at `/auditEvents/N/id`. */
export function idAt(body: JsonObject, instancePath: string): unknown {
  const index = Number(instancePath.split("/")[2]);
  return idsOf(body)[index]?.id;
}

/** Length in code points, as Smithy's @length and JSON Schema count. */
export const codePoints = (value: string): number => Array.from(value).length;
