import fc from "fast-check";
import { auditEvent } from "./auditEvent.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";

export interface AuditEventMistypedMemberConstraints extends EventDataConstraints {
  /** The member given a JSON type other than string. */
  member: "id" | "eventData" | "eventDataChecksum";
}

const notAString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
  fc.object({ maxDepth: 0 }),
);

/**
 * Audit events (plain objects) whose member is not a string. eventData is most often the event object itself
 * instead of its serialisation, a common integrator mistake; eventDataChecksum is most often a number.
 */
export function auditEventMistypedMember(
  constraints: AuditEventMistypedMemberConstraints,
): fc.Arbitrary<Record<string, unknown>> {
  const { member } = constraints;
  return fc
    .tuple(
      auditEvent({ ...constraints, checksum: "always", fieldAtMaxLength: "never" }),
      fc.boolean(),
      notAString,
      fc.integer(),
    )
    .map(([event, usual, other, number]): Record<string, unknown> => {
      if (!usual) return { ...event, [member]: other };
      if (member === "eventData") return { ...event, eventData: JSON.parse(event.eventData) as unknown };
      return { ...event, [member]: number };
    });
}
