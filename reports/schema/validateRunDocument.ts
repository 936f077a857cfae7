import { formatSchemaError } from "./formatSchemaError.ts";
import { validate } from "./runDocumentValidator.js";

export type RunDocumentValidation = { ok: true } | { ok: false; errors: string[] };

/** Checks a value against reports/schema/run-document.schema.json (version 1), with the validator compiled from it. */
export function validateRunDocument(value: unknown): RunDocumentValidation {
  if (validate(value)) return { ok: true };
  return { ok: false, errors: (validate.errors ?? []).map(formatSchemaError) };
}
