/** Fixed inputs and small readers the generator contract tables share. */
import type { AuditEvent, PutAuditEventsRequest } from "../../../generated/api.ts";
import { eventDataChecksum } from "../../protocol/eventDataChecksum.ts";
import { utf8Bytes } from "../utf8Bytes.ts";
import type { ExpectedError } from "./generatorContracts.ts";

export const ACCOUNT = "111122223333";
export const REGION = "us-east-1";
export const CHANNEL = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:channel/00000000-0000-4000-8000-000000000001`;
export const recipient = { recipientAccountId: ACCOUNT };

export const lengths = (values: string[]) => new Set(values.map((value) => [...value].length));
export const error = (keyword: string, instancePath: string): ExpectedError => ({ keyword, instancePath });
export const bodyBytes = (body: PutAuditEventsRequest) => utf8Bytes(JSON.stringify(body));
/** The summed UTF-8 bytes of every eventData string of a body. */
export const summedEventDataBytes = (body: PutAuditEventsRequest) =>
  body.auditEvents.reduce((sum, event) => sum + utf8Bytes(event.eventData), 0);
export const ids = (events: AuditEvent[]) => events.map((event) => event.id);
export const checksumsRight = (events: AuditEvent[]) =>
  events.every((e) => e.eventDataChecksum === undefined || e.eventDataChecksum === eventDataChecksum(e.eventData));
export const eventDataBytes = (data: string, pointer: string) =>
  utf8Bytes(JSON.stringify((JSON.parse(data) as Record<string, unknown>)[pointer.slice(1)] ?? null));
