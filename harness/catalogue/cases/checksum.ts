import { auditEvent } from "../../generators/auditEvent.ts";
import { auditEventMistypedMember } from "../../generators/auditEventMistypedMember.ts";
import { integrationEventData } from "../../generators/integrationEventData.ts";
import { wrongChecksum } from "../../generators/wrongChecksum.ts";
import type { CaseDefinition } from "../../model/caseDefinition.ts";
import { expectations } from "../expectations.ts";
import { plantedInstance } from "../plantedInstance.ts";
import { readingAnswers } from "../readingAnswers.ts";
import { specRef } from "../specRef.ts";

export const checksumCases: readonly CaseDefinition[] = [
  {
    id: "WrongChecksumIsRejected",
    title: "An event whose checksum does not match its eventData fails with InvalidChecksum",
    category: "checksum",
    documentation:
      "Events carrying the checksum of other bytes (trailing newline, hex digest, base64url, UTF-16, SHA-1, truncated, random) fail, or the request is refused. Spec: 'If the checksum doesn't match with the one for the provided event, CloudTrail rejects the event with an InvalidChecksum error.'",
    specRef: specRef.schema("/AuditEvent/properties/eventDataChecksum/x-pae-checksum/onMismatch"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      plantedInstance(ctx, {
        planted: (recipientAccountId) =>
          integrationEventData({ recipientAccountId, fieldAtMaxLength: "never" })
            .map((data) => JSON.stringify(data))
            .chain((eventData) =>
              wrongChecksum(eventData).map((eventDataChecksum) => ({ eventData, eventDataChecksum })),
            ),
        mode: "mark",
        label: "events with a wrong checksum",
      }),
    expect: expectations.failedOrRejected("InvalidChecksum"),
    tags: ["negative", "per-event"],
  },
  {
    id: "MistypedChecksumIsRejected",
    title: "A checksum that is not a string is rejected",
    category: "checksum",
    documentation:
      "An eventDataChecksum given as a number (or another non-string but null, NullChecksumIsObserved) is refused. Spec: eventDataChecksum type: string.",
    specRef: specRef.schema("/AuditEvent/properties/eventDataChecksum/type"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      plantedInstance(ctx, {
        planted: (recipientAccountId) => auditEventMistypedMember({ recipientAccountId, member: "eventDataChecksum" }),
        mode: "refuse",
        label: "events with a mistyped checksum",
      }),
    expect: expectations.rejected(["ValidationException", "SerializationException"]),
    tags: ["negative"],
  },
  {
    id: "NullChecksumIsObserved",
    title: "A checksum sent as JSON null",
    category: "checksum",
    documentation:
      '"eventDataChecksum": null is not a string, yet Smithy servers treat a null member as absent; which is not pinned down. Spec: eventDataChecksum type: string; x-pae-readings nullMember.',
    specRef: specRef.reading("nullMember"),
    needs: ["ownChannelArn"],
    generate: (ctx) =>
      plantedInstance(ctx, {
        planted: (recipientAccountId) =>
          auditEvent({ recipientAccountId, fieldAtMaxLength: "never" }).map((event) => ({
            id: event.id,
            eventData: event.eventData,
            eventDataChecksum: null,
          })),
        mode: "refuse",
        label: "events with a null checksum",
      }),
    expect: readingAnswers("nullMember"),
    tags: ["observed"],
    ingests: true,
  },
];
