import { READINGS } from "../../generated/constants.ts";

/** Where the spec files live, as a specRef names them. */
const OPENAPI = "spec/putauditevents.openapi.yaml";
const EVENT_SCHEMA = "spec/event-data.schema.json";
const REFERENCE = "shared/reference/putauditevents.md";

/** The operation object, as a JSON pointer (`/` in the path is `~1`). */
const OPERATION = "/paths/~1PutAuditEvents/post";

/** Builders of specRef strings: a JSON pointer into a spec file, or a section of the reference. */
export const specRef = {
  openapi: (pointer: string): string => `${OPENAPI}#${pointer}`,
  operation: (pointer: string): string => `${OPENAPI}#${OPERATION}${pointer}`,
  schema: (pointer: string): string => `${OPENAPI}#/components/schemas${pointer}`,
  eventSchema: (pointer: string): string => `${EVENT_SCHEMA}#${pointer}`,
  reference: (section: string): string => `${REFERENCE}#${section}`,
  /** An open fact of the reference, as the spec names it in x-pae-readings. */
  reading: (name: (typeof READINGS)[number]["name"]): string =>
    `${OPENAPI}#${OPERATION}/x-pae-readings/${READINGS.findIndex((reading) => reading.name === name)}`,
} as const;
