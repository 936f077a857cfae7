import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { formatSchemaError } from "./formatSchemaError.ts";
import schema from "./run-document.schema.json" with { type: "json" };

export type RunDocumentValidation = { ok: true } | { ok: false; errors: string[] };

// Compiled once at import: every report write and every read of a report.json reuses it. strictRequired is
// off only because Expectation's "reject or accept" is an anyOf of bare `required` lists.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** Checks a value against reports/schema/run-document.schema.json (version 1). */
export function validateRunDocument(value: unknown): RunDocumentValidation {
  if (validate(value)) return { ok: true };
  return { ok: false, errors: (validate.errors ?? []).map(formatSchemaError) };
}
