import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** Where the source of truth lives, relative to the repository root. */
export const SPEC_FILES = {
  openapi: "spec/putauditevents.openapi.yaml",
  eventData: "spec/event-data.schema.json",
} as const;

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type JsonObject = { [key: string]: unknown };

export interface LoadedSpec {
  openapi: JsonObject;
  eventDataSchema: JsonObject;
}

/** Reads the OpenAPI document and the eventData JSON Schema as plain data. */
export function loadSpec(root: string = REPO_ROOT): LoadedSpec {
  const openapi = parse(readFileSync(`${root}/${SPEC_FILES.openapi}`, "utf8")) as JsonObject;
  const eventDataSchema = JSON.parse(readFileSync(`${root}/${SPEC_FILES.eventData}`, "utf8")) as JsonObject;
  return { openapi, eventDataSchema };
}
