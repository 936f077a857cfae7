import fc from "fast-check";
import { auditEvent } from "./auditEvent.ts";
import type { EventDataConstraints } from "./eventDataMissingField.ts";

export interface AuditEventMistypedMemberConstraints extends EventDataConstraints {
  /** The member given a JSON type other than string. */
  member: "id" | "eventData" | "eventDataChecksum";
}

const notAStringNorNull = [
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
  fc.object({ maxDepth: 0 }),
] as const;
/**
 * A required member may also be null: absent or mistyped, it is refused either way. An optional one may not:
 * a null member may be read as absent (reading nullMember), which is its own observed case.
 */
const notAString = (member: AuditEventMistypedMemberConstraints["member"]) =>
  member === "eventDataChecksum" ? fc.oneof(...notAStringNorNull) : fc.oneof(...notAStringNorNull, fc.constant(null));

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
      notAString(member),
      fc.integer(),
    )
    .map(([event, usual, other, number]): Record<string, unknown> => {
      if (!usual) return { ...event, [member]: other };
      if (member === "eventData") return { ...event, eventData: JSON.parse(event.eventData) as unknown };
      return { ...event, [member]: number };
    });
}
