import type fc from "fast-check";
import { auditEvent } from "./auditEvent.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";

export interface AuditEventMissingMemberConstraints extends EventDataConstraints {
  /** The required member left out. */
  member: "id" | "eventData";
}

/** Audit events (plain objects) without one required member, the rest valid. */
export function auditEventMissingMember(
  constraints: AuditEventMissingMemberConstraints,
): fc.Arbitrary<Record<string, unknown>> {
  return auditEvent({ ...constraints, fieldAtMaxLength: "never" }).map((event) => {
    const { [constraints.member]: _left, ...rest } = event;
    return rest;
  });
}
