import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { generatedHeader } from "./header.ts";
import { REPO_ROOT, SPEC_FILES } from "./loadSpec.ts";

/** TypeScript types of the whole API, written by openapi-typescript. */
export async function typesSource(root: string = REPO_ROOT): Promise<string> {
  const ast = await openapiTS(pathToFileURL(`${root}/${SPEC_FILES.openapi}`), {
    emptyObjectsUnknown: true,
    exportType: false,
  });
  const aliases = [
    'export type PutAuditEventsRequest = components["schemas"]["PutAuditEventsRequest"];',
    'export type AuditEvent = components["schemas"]["AuditEvent"];',
    'export type PutAuditEventsResponse = components["schemas"]["PutAuditEventsResponse"];',
    'export type AuditEventResultEntry = components["schemas"]["AuditEventResultEntry"];',
    'export type ResultErrorEntry = components["schemas"]["ResultErrorEntry"];',
    'export type ErrorBody = components["schemas"]["ErrorBody"];',
    'export type EventData = components["schemas"]["event-data.schema"];',
    'export type PutAuditEventsQuery = operations["PutAuditEvents"]["parameters"]["query"];',
  ];
  return `${generatedHeader("TypeScript types of PutAuditEvents (openapi-typescript).")}\n${astToString(ast)}\n${aliases.join("\n")}\n`;
}
