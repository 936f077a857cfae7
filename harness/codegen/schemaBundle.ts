import type { JsonObject, LoadedSpec } from "./loadSpec.ts";

export const BUNDLE_ID = "https://pae-conformance.local/spec/putauditevents.schemas.json";

/** The ids under which each compiled validator is looked up, by exported name. */
export const VALIDATOR_REFS = {
  validateRequestQuery: `${BUNDLE_ID}#/$defs/PutAuditEventsQuery`,
  validateRequestBody: `${BUNDLE_ID}#/$defs/PutAuditEventsRequest`,
  validateSuccessResponse: `${BUNDLE_ID}#/$defs/PutAuditEventsResponse`,
  validateErrorBody: `${BUNDLE_ID}#/$defs/ErrorBody`,
  validateEventData: "https://pae-conformance.local/spec/event-data.schema.json",
} as const;

type Parameter = { name: string; in: string; required?: boolean; schema: unknown };

/** The PutAuditEvents operation object of the OpenAPI document. */
export function putAuditEventsOperation(openapi: JsonObject): JsonObject {
  const paths = openapi.paths as Record<string, Record<string, JsonObject>>;
  const operation = paths["/PutAuditEvents"]?.post;
  if (!operation) throw new Error("spec has no POST /PutAuditEvents");
  return operation;
}

function rewriteComponentRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteComponentRefs);
  if (value === null || typeof value !== "object") return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] =
      key === "$ref" && typeof child === "string"
        ? child.replace("#/components/schemas/", "#/$defs/")
        : rewriteComponentRefs(child);
  }
  return out;
}

/** The query string as one object schema, built from the operation's query parameters. */
function querySchema(operation: JsonObject): JsonObject {
  const parameters = (operation.parameters as Parameter[]).filter((p) => p.in === "query");
  return {
    type: "object",
    required: parameters.filter((p) => p.required).map((p) => p.name),
    properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
  };
}

/** One JSON Schema 2020-12 document holding every component schema plus the query schema. */
export function schemaBundle(spec: LoadedSpec): JsonObject {
  const components = spec.openapi.components as { schemas: JsonObject };
  const defs = rewriteComponentRefs({
    ...components.schemas,
    PutAuditEventsQuery: querySchema(putAuditEventsOperation(spec.openapi)),
  });
  return { $schema: "https://json-schema.org/draft/2020-12/schema", $id: BUNDLE_ID, $defs: defs };
}

/** Every `x-...` key used anywhere in a schema, so ajv's strict mode knows them as annotations. */
export function extensionKeywords(...schemas: unknown[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith("x-")) found.add(key);
      else visit(child);
    }
  };
  for (const schema of schemas) visit(schema);
  return [...found].sort();
}
