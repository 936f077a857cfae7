import type { AuditEvent } from "../../../generated/api.ts";
import { defaultEmulatorFixture } from "../defaultEmulatorFixture.ts";
import type { ProbeRequest } from "./fault.ts";

const { channels, defaultAccountId } = defaultEmulatorFixture;
const ownChannel = channels.find(
  (channel) => channel.ownerAccountId === defaultAccountId && channel.externalId === undefined,
);
const externalIdChannel = channels.find((channel) => channel.ownerAccountId === defaultAccountId && channel.externalId);
const foreignChannel = channels.find((channel) => channel.ownerAccountId !== defaultAccountId);

/** The default fixture's channels, as probes and tests address them. */
export const PROBE_CHANNELS = {
  own: ownChannel?.arn ?? "",
  externalId: { arn: externalIdChannel?.arn ?? "", externalId: externalIdChannel?.externalId ?? "" },
  foreign: foreignChannel?.arn ?? "",
  callerAccountId: defaultAccountId,
} as const;

/** A valid eventData for the caller's own channel, with fields replaced (undefined removes one). */
export function probeEventData(changes: Record<string, unknown> = {}): string {
  const data: Record<string, unknown> = {
    version: "1.0",
    userIdentity: { type: "CustomUser", principalId: "alice" },
    eventSource: "pae.example",
    eventName: "Probe",
    eventTime: "2026-11-25T10:00:00Z",
    UID: "source-event-1",
    recipientAccountId: defaultAccountId,
    ...changes,
  };
  return JSON.stringify(data);
}

export function probeEvent(id: string, changes: Partial<AuditEvent> = {}): AuditEvent {
  return { id, eventData: probeEventData(), ...changes };
}

/** `count` distinct, valid ids: `event-0`, `event-1`... */
export function probeIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `event-${index}`);
}

/** A PutAuditEvents request with these events, on the caller's open channel unless the query says otherwise. */
export function probeRequest(
  events: unknown[],
  query: Record<string, string> = { channelArn: PROBE_CHANNELS.own },
): ProbeRequest {
  return { query, body: JSON.stringify({ auditEvents: events }) };
}

/** `count` valid events whose eventData carries `padding` (an unconstrained field) to reach a size. */
export function paddedEvents(count: number, padding: string): AuditEvent[] {
  return probeIds(count).map((id) => ({ id, eventData: probeEventData({ padding }) }));
}
