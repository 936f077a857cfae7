import type { AuditEvent } from "../../../generated/api.ts";
import { validateEventData, validateRequestBody, validateRequestQuery } from "../../../generated/validators.js";
import { REQUIRED_PLAIN_STRINGS } from "../../generators/eventDataWithEmptyRequiredString.ts";
import { utf8Bytes } from "../../generators/utf8Bytes.ts";
import type { CaseContext } from "../../model/caseDefinition.ts";
import type { CaseInstance } from "../../model/caseRequest.ts";
import { eventDataChecksum } from "../../protocol/eventDataChecksum.ts";

/** The fixed context catalogue tests generate cases with. */
export const TEST_CONTEXT: CaseContext = {
  fixtures: {
    ownChannelArn: "arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-000000000001",
    externalIdChannel: {
      arn: "arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-000000000002",
      externalId: "pae-external-id-1",
    },
    foreignChannelArn: "arn:aws:cloudtrail:us-east-1:444455556666:channel/00000000-0000-4000-8000-000000000003",
    partnerChannel: {
      arn: "arn:aws:cloudtrail:us-east-1:777788889999:channel/00000000-0000-4000-8000-000000000011",
      externalId: "pae-partner-external-id",
    },
    unsupportedSchemaChannelArn:
      "arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-000000000012",
    unsupportedOperationChannelArn:
      "arn:aws:cloudtrail:us-east-1:222233334444:channel/00000000-0000-4000-8000-000000000013",
    eventSourceChannel: {
      arn: "arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-000000000014",
      eventSource: "pae.partner.example",
    },
    notSubscribedChannelArn: "arn:aws:cloudtrail:us-east-1:555566667777:channel/00000000-0000-4000-8000-000000000015",
    throttlingChannelArn: "arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-000000000016",
    internalFailureChannelArn: "arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-000000000017",
    quotaExceededChannelArn: "arn:aws:cloudtrail:us-east-1:111122223333:channel/00000000-0000-4000-8000-000000000018",
  },
  callerAccountId: "111122223333",
  region: "us-east-1",
};

export const OWNER = TEST_CONTEXT.callerAccountId;

/** Helpers the catalogue's property table reads instances with. */
export const read = {
  /** The body's text (raw bytes decoded leniently, JSON serialised as the sender does). */
  text: (instance: CaseInstance): string => {
    const { body } = instance.request;
    return "raw" in body ? new TextDecoder().decode(body.raw) : JSON.stringify(body.json);
  },
  bytes: (instance: CaseInstance): number => {
    const { body } = instance.request;
    return "raw" in body ? body.raw.length : utf8Bytes(JSON.stringify(body.json));
  },
  json: (instance: CaseInstance): unknown => ("json" in instance.request.body ? instance.request.body.json : undefined),
  events: (instance: CaseInstance): Record<string, unknown>[] => {
    const json = read.json(instance) as { auditEvents?: unknown } | undefined;
    return Array.isArray(json?.auditEvents) ? (json.auditEvents as Record<string, unknown>[]) : [];
  },
  bodyValid: (instance: CaseInstance): boolean => validateRequestBody(read.json(instance)),
  queryValid: (instance: CaseInstance): boolean => validateRequestQuery(instance.request.query),
  /** ajv errors of the body, as `keyword instancePath`. */
  bodyErrors: (instance: CaseInstance): string[] => {
    validateRequestBody(read.json(instance));
    return (validateRequestBody.errors ?? []).map((e) => `${e.keyword} ${e.instancePath}`);
  },
  queryErrors: (instance: CaseInstance): string[] => {
    validateRequestQuery(instance.request.query);
    return (validateRequestQuery.errors ?? []).map((e) => `${e.keyword} ${e.instancePath}`);
  },
};

/** eventData parsed, or undefined when it is not JSON. */
export function parsedEventData(event: Record<string, unknown>): unknown {
  try {
    return JSON.parse(String(event.eventData));
  } catch {
    return undefined;
  }
}

/** eventData's schema errors as `keyword instancePath` (`not-json` when it does not parse). */
export function eventDataErrors(event: Record<string, unknown>): string[] {
  const data = parsedEventData(event);
  if (data === undefined) return ["not-json"];
  validateEventData(data);
  return (validateEventData.errors ?? []).map((e) => `${e.keyword} ${e.instancePath}`);
}

/** A fully valid event of the owner: valid eventData naming the owner, checksum right or absent. */
/** The required eventData strings an event sends empty (JSON pointers): present or missing is an open fact. */
export function emptyRequiredStrings(event: Record<string, unknown>): string[] {
  const data = parsedEventData(event);
  return REQUIRED_PLAIN_STRINGS.filter((pointer) => {
    const [first = "", second] = pointer.slice(1).split("/");
    const parent = second === undefined ? data : (data as Record<string, unknown> | undefined)?.[first];
    return (parent as Record<string, unknown> | undefined)?.[second ?? first] === "";
  });
}

/** Valid under every reading: schema, checksum, recipient, and no required string empty. */
export function isValidEvent(event: Record<string, unknown>, owner = OWNER): boolean {
  const { eventData, eventDataChecksum: checksum } = event as Partial<AuditEvent>;
  if (typeof eventData !== "string" || eventDataErrors(event).length > 0) return false;
  if (emptyRequiredStrings(event).length > 0) return false;
  if (checksum !== undefined && checksum !== eventDataChecksum(eventData)) return false;
  return (parsedEventData(event) as { recipientAccountId?: unknown }).recipientAccountId === owner;
}

/** Per-event cases: marked events exist, at least one event is unmarked, every unmarked event is valid, every marked one is bad as claimed. */
export function plantsBadEvents(instance: CaseInstance, isBad: (event: Record<string, unknown>) => boolean): boolean {
  const marked = new Set(instance.markedEventIds ?? []);
  const events = read.events(instance);
  const [bad, good] = [events.filter((e) => marked.has(String(e.id))), events.filter((e) => !marked.has(String(e.id)))];
  return (
    marked.size > 0 &&
    bad.length === marked.size &&
    good.length > 0 &&
    good.every((e) => isValidEvent(e)) &&
    bad.every(isBad) &&
    read.bodyValid(instance)
  );
}

/** Whole-request negative cases: the body's only schema errors are the given ones (by keyword and path pattern). */
export function onlyBodyErrors(instance: CaseInstance, allowed: RegExp): boolean {
  const errors = read.bodyErrors(instance);
  return errors.length > 0 && errors.every((error) => allowed.test(error));
}
