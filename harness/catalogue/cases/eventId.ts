import fc from "fast-check";
import { auditEvent } from "../../generators/auditEvent.ts";
import { auditEventMissingMember } from "../../generators/auditEventMissingMember.ts";
import { auditEventMistypedMember } from "../../generators/auditEventMistypedMember.ts";
import { eventIdBreakingPattern } from "../../generators/eventIdBreakingPattern.ts";
import { eventIdOverMaxLength } from "../../generators/eventIdOverMaxLength.ts";
import type { CaseContext, CaseDefinition } from "../../model/caseDefinition.ts";
import { expectations } from "../expectations.ts";
import { plantedInstance } from "../plantedInstance.ts";
import { specRef } from "../specRef.ts";

/** Valid events mixed with events carrying a bad id (kept as generated, not marked: the request is refused). */
const withBadIds = (ctx: CaseContext, id: fc.Arbitrary<string>, label: string) =>
  plantedInstance(ctx, {
    planted: (recipientAccountId) => auditEvent({ recipientAccountId, id }),
    mode: "keep",
    maxPlanted: 1,
    label,
  });

export const eventIdCases: readonly CaseDefinition[] = [
  {
    id: "IdOverMaxLengthIsRejected",
    title: "An id longer than 128 characters is rejected",
    category: "event-id",
    documentation:
      "An event id of 129 or more code points (129 always tried) breaks the maximum length. Spec: EventId maxLength: 128.",
    specRef: specRef.schema("/EventId/maxLength"),
    needs: ["ownChannelArn"],
    generate: (ctx) => withBadIds(ctx, eventIdOverMaxLength(), "id over 128 characters"),
    expect: expectations.rejected(["ValidationException"]),
    tags: ["negative", "boundary"],
  },
  {
    id: "EmptyIdIsRejected",
    title: "An empty id is rejected",
    category: "event-id",
    documentation: "An empty event id breaks the minimum length. Spec: EventId minLength: 1.",
    specRef: specRef.schema("/EventId/minLength"),
    needs: ["ownChannelArn"],
    generate: (ctx) => withBadIds(ctx, fc.constant(""), "empty id"),
    expect: expectations.rejected(["ValidationException"]),
    tags: ["negative", "boundary"],
  },
  {
    id: "IdBreakingPatternIsRejected",
    title: "An id with characters outside [-_A-Za-z0-9] is rejected",
    category: "event-id",
    documentation:
      "An event id holding a space, '.', '/', 'é' or '👍' breaks the pattern, which is ASCII-only. Spec: EventId pattern ^[-_A-Za-z0-9]+$.",
    specRef: specRef.schema("/EventId/pattern"),
    needs: ["ownChannelArn"],
    generate: (ctx) => withBadIds(ctx, eventIdBreakingPattern(), "id breaking the pattern"),
    expect: expectations.rejected(["ValidationException"]),
    tags: ["negative"],
  },
  {
    id: "MissingIdIsRejected",
    title: "An event without an id is rejected",
    category: "event-id",
    documentation: "An audit event without its required id is refused. Spec: AuditEvent required: [id, eventData].",
    specRef: specRef.schema("/AuditEvent/required"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      plantedInstance(ctx, {
        planted: (recipientAccountId) => auditEventMissingMember({ recipientAccountId, member: "id" }),
        mode: "keep",
        label: "events without an id",
      }),
    expect: expectations.rejected(["ValidationException", "SerializationException"]),
    tags: ["negative"],
  },
  {
    id: "MistypedIdIsRejected",
    title: "An id that is not a string is rejected",
    category: "event-id",
    documentation:
      "An audit event whose id is a number, boolean, null, array or object is refused. Spec: EventId type: string.",
    specRef: specRef.schema("/EventId/type"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      plantedInstance(ctx, {
        planted: (recipientAccountId) => auditEventMistypedMember({ recipientAccountId, member: "id" }),
        mode: "keep",
        label: "events with a mistyped id",
      }),
    expect: expectations.rejected(["ValidationException", "SerializationException"]),
    tags: ["negative"],
  },
];
