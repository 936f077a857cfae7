import type { ErrorObject } from "ajv/dist/2020.js";

/** One line per ajv error: where, what, and the detail ajv keeps in `params` (allowed values, extra key). */
export function formatSchemaError(error: ErrorObject): string {
  const where = error.instancePath === "" ? "/" : error.instancePath;
  return `${where} ${error.message ?? error.keyword}${detail(error)}`;
}

function detail(error: ErrorObject): string {
  const params: Record<string, unknown> = error.params;
  if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    return ` (${params.allowedValues.join(", ")})`;
  }
  if (error.keyword === "const") return ` (${JSON.stringify(params.allowedValue)})`;
  if (error.keyword === "additionalProperties") return ` (${String(params.additionalProperty)})`;
  return "";
}
