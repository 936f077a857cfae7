import { readFileSync } from "node:fs";
import { RUN_DOCUMENT_SCHEMA_VERSION, type RunDocument } from "../../harness/model/runDocument.ts";
import { validateRunDocument } from "../schema/validateRunDocument.ts";
import { describeFsError } from "./describeFsError.ts";
import { RunDocumentReadError } from "./runDocumentReadError.ts";

function schemaVersionOf(value: unknown): unknown {
  return value !== null && typeof value === "object" && "schemaVersion" in value ? value.schemaVersion : undefined;
}

function parse(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RunDocumentReadError(path, "not-json", `not JSON (${detail})`, { cause: error });
  }
}

/** Reads a report.json and checks it against the schema; a typed error with a one-line message otherwise. */
export function readRunDocument(path: string): RunDocument {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new RunDocumentReadError(path, "unreadable", describeFsError(error), { cause: error });
  }
  const value = parse(path, text);
  const version = schemaVersionOf(value);
  // A newer or older tool's report deserves a clearer word than a list of schema errors.
  if (typeof version === "number" && version !== RUN_DOCUMENT_SCHEMA_VERSION) {
    const detail = `written with schema version ${version}; this tool reads version ${RUN_DOCUMENT_SCHEMA_VERSION}`;
    throw new RunDocumentReadError(path, "other-version", detail);
  }
  const validation = validateRunDocument(value);
  if (!validation.ok) {
    const [first, ...rest] = validation.errors;
    const more = rest.length === 0 ? "" : ` (and ${rest.length} more)`;
    throw new RunDocumentReadError(path, "schema-mismatch", `does not match the run document schema: ${first}${more}`);
  }
  return value as RunDocument;
}
