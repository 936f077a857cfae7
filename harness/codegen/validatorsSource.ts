import standaloneCode from "ajv/dist/standalone/index.js";
import { createAjv } from "./createAjv.ts";
import { generatedHeader } from "./header.ts";
import { hoistRequires } from "./hoistRequires.ts";
import type { LoadedSpec } from "./loadSpec.ts";
import { VALIDATOR_REFS } from "./schemaBundle.ts";

/** Standalone ajv validators (ESM), compiled once here so nothing compiles schemas at run time. */
export function validatorsSource(spec: LoadedSpec): string {
  const ajv = createAjv(spec);
  for (const ref of Object.values(VALIDATOR_REFS)) {
    if (!ajv.getSchema(ref)) throw new Error(`schema not found: ${ref}`);
  }
  const code = hoistRequires(standaloneCode(ajv, { ...VALIDATOR_REFS }));
  return `${generatedHeader("Standalone ajv validators of the request, the responses and eventData.")}${code}\n`;
}

/** The declarations that give the standalone validators their types. */
export function validatorsDeclarations(): string {
  const typed: Record<keyof typeof VALIDATOR_REFS, string> = {
    validateRequestQuery: "PutAuditEventsQuery",
    validateRequestBody: "PutAuditEventsRequest",
    validateSuccessResponse: "PutAuditEventsResponse",
    validateErrorBody: "ErrorBody",
    validateEventData: "EventData",
  };
  const lines = Object.entries(typed).map(
    ([name, type]) => `export declare const ${name}: CompiledValidator<${type}>;`,
  );
  return [
    generatedHeader("Types of the standalone validators in validators.js."),
    'import type { ErrorObject } from "ajv";',
    `import type { ${[...new Set(Object.values(typed))].sort().join(", ")} } from "./api.ts";`,
    "",
    "export interface CompiledValidator<T> {",
    "  (data: unknown): data is T;",
    "  errors?: ErrorObject[] | null;",
    "}",
    ...lines,
    "",
  ].join("\n");
}
