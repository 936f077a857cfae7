import Ajv2020 from "ajv/dist/2020.js";
import type { LoadedSpec } from "./loadSpec.ts";
import { extensionKeywords, schemaBundle } from "./schemaBundle.ts";

/** An ajv instance that knows every schema of the spec, set up for standalone code. */
export function createAjv(spec: LoadedSpec): Ajv2020 {
  const bundle = schemaBundle(spec);
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    code: { source: true, esm: true, lines: true },
  });
  ajv.addVocabulary(extensionKeywords(bundle, spec.eventDataSchema));
  ajv.addSchema(spec.eventDataSchema);
  ajv.addSchema(bundle);
  return ajv;
}
