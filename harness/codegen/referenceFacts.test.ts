import { describe, expect, it } from "vitest";
import { loadSpec } from "./loadSpec.ts";

const { openapi, eventDataSchema } = loadSpec();
const documents = { openapi, eventData: eventDataSchema };

/** Resolves a JSON pointer (RFC 6901) in one of the spec documents. */
function resolve(document: keyof typeof documents, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], documents[document]);
}

const OP = "/paths/~1PutAuditEvents/post";
const SCHEMAS = "/components/schemas";
const names = (list: unknown) => (list as { name: string }[]).map((entry) => entry.name);
const statuses = (list: unknown) =>
  Object.fromEntries((list as { name: string; status: unknown }[]).map((entry) => [entry.name, entry.status]));
const codes = (list: unknown) => (list as { code: string }[]).map((entry) => entry.code);

/** Every fact of shared/reference/putauditevents.md, and where the spec states it. */
const FACTS: [
  string,
  { document: keyof typeof documents; pointer: string; want: unknown; map?: (value: unknown) => unknown },
][] = [
  [
    "Smithy service id",
    {
      document: "openapi",
      pointer: "/info/x-pae-service/smithyService",
      want: "com.amazonaws.cloudtraildata#CloudTrailDataService",
    },
  ],
  ["API version", { document: "openapi", pointer: "/info/version", want: "2021-08-11" }],
  ["sdkId", { document: "openapi", pointer: "/info/x-pae-service/sdkId", want: "CloudTrail Data" }],
  ["endpoint prefix", { document: "openapi", pointer: "/info/x-pae-service/endpointPrefix", want: "cloudtrail-data" }],
  [
    "regional endpoint",
    { document: "openapi", pointer: "/servers/0/url", want: "https://cloudtrail-data.{region}.amazonaws.com" },
  ],
  [
    "FIPS and dual-stack variants exist",
    { document: "openapi", pointer: "/info/x-pae-service/endpointVariants", want: ["fips", "dualstack"] },
  ],
  ["protocol restJson1", { document: "openapi", pointer: "/info/x-pae-service/protocol", want: "restJson1" }],
  [
    "SigV4 signing name",
    {
      document: "openapi",
      pointer: "/components/securitySchemes/sigv4/x-pae-sigv4/signingName",
      want: "cloudtrail-data",
    },
  ],
  [
    "one operation, POST /PutAuditEvents: the only method on the only path",
    {
      document: "openapi",
      pointer: "/paths",
      map: (paths) =>
        Object.entries(paths as Record<string, object>).flatMap(([path, item]) =>
          Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
        ),
      want: ["POST /PutAuditEvents"],
    },
  ],
  ["the operation is PutAuditEvents", { document: "openapi", pointer: `${OP}/operationId`, want: "PutAuditEvents" }],
  [
    "success status 200",
    {
      document: "openapi",
      pointer: `${OP}/responses/200/content/application~1json/schema/$ref`,
      want: "#/components/schemas/PutAuditEventsResponse",
    },
  ],
  [
    "channelArn is a required query parameter",
    {
      document: "openapi",
      pointer: `${OP}/parameters/0`,
      want: expect.objectContaining({ name: "channelArn", in: "query", required: true }),
    },
  ],
  ["channelArn pattern", { document: "openapi", pointer: `${SCHEMAS}/ChannelArn/pattern`, want: "^arn:.*$" }],
  [
    "externalId is conditionally required",
    {
      document: "openapi",
      pointer: `${OP}/parameters/1`,
      want: expect.objectContaining({
        name: "externalId",
        required: false,
        "x-pae-conditionally-required": expect.any(String),
      }),
    },
  ],
  [
    "externalId length 2..1224",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/ExternalId`,
      want: expect.objectContaining({ minLength: 2, maxLength: 1224 }),
    },
  ],
  ["externalId pattern", { document: "openapi", pointer: `${SCHEMAS}/ExternalId/pattern`, want: "^[\\w+=,.@:\\/-]*$" }],
  [
    "auditEvents 1..100 items",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/PutAuditEventsRequest/properties/auditEvents`,
      want: expect.objectContaining({ minItems: 1, maxItems: 100 }),
    },
  ],
  [
    "request at most 1 MB, boundary not pinned down",
    {
      document: "openapi",
      pointer: `${OP}/x-pae-request-size-limit`,
      want: expect.objectContaining({
        nominal: "1 MB",
        unit: "bytes",
        certainlyWithin: 1_000_000,
        certainlyBeyond: 1_048_577,
        pinnedDown: false,
      }),
    },
  ],
  [
    "id length 1..128 and pattern",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/EventId`,
      want: expect.objectContaining({ minLength: 1, maxLength: 128, pattern: "^[-_A-Za-z0-9]+$" }),
    },
  ],
  [
    "ids unique within a request",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/PutAuditEventsRequest/properties/auditEvents/x-pae-unique-items-by`,
      want: { property: "id", error: "DuplicatedAuditEventId" },
    },
  ],
  [
    "eventData and id are required",
    { document: "openapi", pointer: `${SCHEMAS}/AuditEvent/required`, want: ["id", "eventData"] },
  ],
  [
    "eventData is JSON in a string, linked to its schema",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/AuditEvent/properties/eventData`,
      want: expect.objectContaining({
        type: "string",
        contentMediaType: "application/json",
        contentSchema: { $ref: "./event-data.schema.json" },
      }),
    },
  ],
  [
    "checksum: base64 SHA-256 of eventData",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/AuditEvent/properties/eventDataChecksum/x-pae-checksum`,
      want: expect.objectContaining({ algorithm: "SHA-256", onMismatch: "InvalidChecksum" }),
    },
  ],
  [
    "each event at most 256 kB",
    { document: "openapi", pointer: `${SCHEMAS}/AuditEvent/x-pae-max-event-bytes/nominal`, want: "256 kB" },
  ],
  [
    "successful and failed required, 0..100",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/PutAuditEventsResponse`,
      want: expect.objectContaining({
        required: ["successful", "failed"],
        properties: expect.objectContaining({
          successful: expect.objectContaining({ minItems: 0, maxItems: 100 }),
          failed: expect.objectContaining({ minItems: 0, maxItems: 100 }),
        }),
      }),
    },
  ],
  [
    "eventID bounds",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/AuditEventResultEntry/properties/eventID/$ref`,
      want: "#/components/schemas/EventId",
    },
  ],
  [
    "errorCode length 1..128",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/ResultErrorEntry/properties/errorCode`,
      want: expect.objectContaining({ minLength: 1, maxLength: 128 }),
    },
  ],
  [
    "errorMessage length 1..1024",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/ResultErrorEntry/properties/errorMessage`,
      want: expect.objectContaining({ minLength: 1, maxLength: 1024 }),
    },
  ],
  [
    "per-event error codes",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/ResultErrorEntry/properties/errorCode/x-pae-per-event-error-codes`,
      map: codes,
      want: [
        "FieldTooLong",
        "FieldNotFound",
        "InvalidChecksum",
        "InvalidData",
        "InvalidRecipient",
        "InvalidEventSource",
        "AccountNotSubscribed",
        "Throttling",
        "InternalFailure",
      ],
    },
  ],
  [
    "200 invariants",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/PutAuditEventsResponse/x-pae-invariants`,
      want: expect.arrayContaining([expect.stringContaining("exactly once"), expect.stringContaining("distinct")]),
    },
  ],
  [
    "operation errors",
    {
      document: "openapi",
      pointer: `${OP}/x-pae-operation-errors`,
      map: names,
      want: [
        "ChannelInsufficientPermission",
        "ChannelNotFound",
        "ChannelUnsupportedSchema",
        "DuplicatedAuditEventId",
        "InvalidChannelARN",
        "UnsupportedOperationException",
      ],
    },
  ],
  [
    "common errors",
    {
      document: "openapi",
      pointer: `${OP}/x-pae-common-errors`,
      map: names,
      want: [
        "ValidationException",
        "SerializationException",
        "AccessDeniedException",
        "IncompleteSignature",
        "InvalidSignatureException",
        "MissingAuthenticationTokenException",
        "UnrecognizedClientException",
        "ThrottlingException",
        "InternalFailure",
        "ServiceUnavailable",
        "UnsupportedMediaTypeException",
      ],
    },
  ],
  [
    "every operation error is a client error: HTTP 400",
    {
      document: "openapi",
      pointer: `${OP}/x-pae-operation-errors`,
      map: statuses,
      want: {
        ChannelInsufficientPermission: 400,
        ChannelNotFound: 400,
        ChannelUnsupportedSchema: 400,
        DuplicatedAuditEventId: 400,
        InvalidChannelARN: 400,
        UnsupportedOperationException: 400,
      },
    },
  ],
  [
    "each common error's status: validation 400, authentication 403, throttling 400/429, 5xx, Smithy's 415",
    {
      document: "openapi",
      pointer: `${OP}/x-pae-common-errors`,
      map: statuses,
      want: {
        ValidationException: [400],
        SerializationException: [400],
        AccessDeniedException: [403],
        IncompleteSignature: [403],
        InvalidSignatureException: [403],
        MissingAuthenticationTokenException: [403],
        UnrecognizedClientException: [403],
        ThrottlingException: [400, 429],
        InternalFailure: [500],
        ServiceUnavailable: [503],
        UnsupportedMediaTypeException: [415],
      },
    },
  ],
  [
    "error identified by header or __type",
    {
      document: "openapi",
      pointer: "/components/responses/ClientError/headers/X-Amzn-Errortype/$ref",
      want: "#/components/headers/X-Amzn-Errortype",
    },
  ],
  [
    "error body has message",
    { document: "openapi", pointer: `${SCHEMAS}/ErrorBody/properties/message/type`, want: "string" },
  ],
  [
    "channel ARN format",
    {
      document: "openapi",
      pointer: `${SCHEMAS}/ChannelArn/x-pae-channel-arn-format`,
      want: "arn:{partition}:cloudtrail:{region}:{account}:channel/{channelId}",
    },
  ],
  [
    "25 integrations per account and Region",
    { document: "openapi", pointer: "/info/x-pae-service/quotas/integrationsPerAccountAndRegion", want: 25 },
  ],
  [
    "not pinned down: the open facts, by name",
    {
      document: "openapi",
      pointer: `${OP}/x-pae-readings`,
      map: names,
      want: [
        "errorNameEncoding",
        "errorMessageKey",
        "responseOrder",
        "responseFraming",
        "requestSizeLimitBytes",
        "requestSizeCounts",
        "emptyRequiredString",
        "nullMember",
        "invalidUtf8",
        "eventFailureMode",
        "channelArnPatternError",
        "externalIdRefusal",
        "bareChannelId",
        "wrongContentType",
      ],
    },
  ],
  [
    "not pinned down: 10^6 or 2^20 bytes",
    {
      document: "openapi",
      pointer: `${OP}/x-pae-readings/4/values`,
      map: (list) => (list as { value: string }[]).map((entry) => Number(entry.value)),
      want: [2 ** 20, 10 ** 6],
    },
  ],
  [
    "eventData required fields",
    {
      document: "eventData",
      pointer: "/required",
      want: ["version", "userIdentity", "eventSource", "eventName", "eventTime", "UID", "recipientAccountId"],
    },
  ],
  [
    "userIdentity type and principalId",
    { document: "eventData", pointer: "/properties/userIdentity/required", want: ["type", "principalId"] },
  ],
  ["version at most 256", { document: "eventData", pointer: "/properties/version/maxLength", want: 256 }],
  [
    "userIdentity.type at most 128",
    { document: "eventData", pointer: "/properties/userIdentity/properties/type/maxLength", want: 128 },
  ],
  [
    "principalId at most 1024",
    { document: "eventData", pointer: "/properties/userIdentity/properties/principalId/maxLength", want: 1024 },
  ],
  [
    "userAgent, eventSource, eventName, UID at most 1024",
    {
      document: "eventData",
      pointer: "/properties",
      map: (p) =>
        ["userAgent", "eventSource", "eventName", "UID"].map(
          (k) => (p as Record<string, { maxLength: number }>)[k]?.maxLength,
        ),
      want: [1024, 1024, 1024, 1024],
    },
  ],
  [
    "errorCode and errorMessage at most 256",
    {
      document: "eventData",
      pointer: "/properties",
      map: (p) => ["errorCode", "errorMessage"].map((k) => (p as Record<string, { maxLength: number }>)[k]?.maxLength),
      want: [256, 256],
    },
  ],
  [
    "requestParameters 100 kB",
    {
      document: "eventData",
      pointer: "/properties/requestParameters/x-pae-max-serialized-bytes/nominal",
      want: "100 kB",
    },
  ],
  [
    "responseElements 100 kB",
    {
      document: "eventData",
      pointer: "/properties/responseElements/x-pae-max-serialized-bytes/nominal",
      want: "100 kB",
    },
  ],
  [
    "additionalEventData 28 kB",
    {
      document: "eventData",
      pointer: "/properties/additionalEventData/x-pae-max-serialized-bytes/nominal",
      want: "28 kB",
    },
  ],
  [
    "eventTime format",
    {
      document: "eventData",
      pointer: "/properties/eventTime/pattern",
      want: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
    },
  ],
  [
    "recipientAccountId is the channel owner's account",
    {
      document: "eventData",
      pointer: "/properties/recipientAccountId/x-pae-must-equal",
      want: "channelOwnerAccountId",
    },
  ],
];

describe("the spec states every fact of the reference", () => {
  it.each(FACTS)("%s", (_fact, { document, pointer, want, map }) => {
    const value = resolve(document, pointer);
    expect(value, `${document}#${pointer}`).toBeDefined();
    expect(map ? map(value) : value).toEqual(want);
  });
});
