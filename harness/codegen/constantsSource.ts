import { generatedHeader } from "./header.ts";
import type { JsonObject, LoadedSpec } from "./loadSpec.ts";
import { putAuditEventsOperation } from "./schemaBundle.ts";

type Schema = JsonObject & { properties?: Record<string, Schema>; required?: string[] };

function at<T>(value: unknown, ...path: string[]): T {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !(key in node)) {
      throw new Error(`spec is missing ${path.join(".")}`);
    }
    node = (node as JsonObject)[key];
  }
  return node as T;
}

function stringBounds(schema: Schema) {
  return {
    minLength: (schema.minLength as number | undefined) ?? 0,
    maxLength: schema.maxLength as number | undefined,
    pattern: schema.pattern as string | undefined,
  };
}

/** maxLength of every string field of eventData, by JSON pointer. */
function eventDataStringLimits(schema: Schema, prefix = ""): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const pointer = `${prefix}/${name}`;
    if (typeof child.maxLength === "number") limits[pointer] = child.maxLength;
    Object.assign(limits, eventDataStringLimits(child, pointer));
  }
  return limits;
}

function eventDataObjectByteLimits(schema: Schema): Record<string, unknown> {
  const entries = Object.entries(schema.properties ?? {}).filter(([, child]) => "x-pae-max-serialized-bytes" in child);
  return Object.fromEntries(entries.map(([name, child]) => [`/${name}`, child["x-pae-max-serialized-bytes"]]));
}

/** Every limit, name and table the code needs, read from the spec. */
export function specConstants(spec: LoadedSpec) {
  const schemas = at<Record<string, Schema>>(spec.openapi, "components", "schemas");
  const operation = putAuditEventsOperation(spec.openapi);
  const auditEvents = at<Schema>(schemas, "PutAuditEventsRequest", "properties", "auditEvents");
  const response = at<Record<string, Schema>>(schemas, "PutAuditEventsResponse", "properties");
  const eventData = spec.eventDataSchema as Schema;
  return {
    SERVICE: at<JsonObject>(spec.openapi, "info", "x-pae-service"),
    OPERATION: { name: operation.operationId, method: "POST", path: "/PutAuditEvents", successStatus: 200 },
    EVENTS_PER_REQUEST: { minItems: auditEvents.minItems, maxItems: auditEvents.maxItems },
    UNIQUE_EVENT_IDS: auditEvents["x-pae-unique-items-by"],
    EVENT_ID: stringBounds(at<Schema>(schemas, "EventId")),
    EXTERNAL_ID: stringBounds(at<Schema>(schemas, "ExternalId")),
    CHANNEL_ARN: {
      ...stringBounds(at<Schema>(schemas, "ChannelArn")),
      format: at(schemas, "ChannelArn", "x-pae-channel-arn-format"),
    },
    REQUEST_SIZE_LIMIT: operation["x-pae-request-size-limit"],
    EVENT_SIZE_LIMIT: at<JsonObject>(schemas, "AuditEvent", "x-pae-max-event-bytes"),
    CHECKSUM: at<JsonObject>(schemas, "AuditEvent", "properties", "eventDataChecksum", "x-pae-checksum"),
    RESPONSE_LIST_MAX_ITEMS: { successful: response.successful?.maxItems, failed: response.failed?.maxItems },
    ERROR_CODE: stringBounds(at<Schema>(schemas, "ResultErrorEntry", "properties", "errorCode")),
    ERROR_MESSAGE: stringBounds(at<Schema>(schemas, "ResultErrorEntry", "properties", "errorMessage")),
    PER_EVENT_ERROR_CODES: at<unknown[]>(
      schemas,
      "ResultErrorEntry",
      "properties",
      "errorCode",
      "x-pae-per-event-error-codes",
    ),
    OPERATION_ERRORS: operation["x-pae-operation-errors"],
    COMMON_ERRORS: operation["x-pae-common-errors"],
    READINGS: operation["x-pae-readings"],
    EVENT_DATA_REQUIRED_FIELDS: [...(eventData.required ?? [])],
    EVENT_DATA_USER_IDENTITY_REQUIRED_FIELDS: [...(at<Schema>(eventData, "properties", "userIdentity").required ?? [])],
    EVENT_DATA_STRING_LIMITS: eventDataStringLimits(eventData),
    EVENT_DATA_OBJECT_BYTE_LIMITS: eventDataObjectByteLimits(eventData),
    EVENT_TIME_PATTERN: at<string>(eventData, "properties", "eventTime", "pattern"),
  };
}

/** constants.ts: each constant as a typed literal (`as const`). */
export function constantsSource(spec: LoadedSpec): string {
  const body = Object.entries(specConstants(spec))
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value, null, 2)} as const;\n`)
    .join("\n");
  return `${generatedHeader("Limits, names and tables of PutAuditEvents, read from the spec.")}\n${body}`;
}
