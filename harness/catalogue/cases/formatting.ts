import fc from "fast-check";
import { auditEvent } from "../../generators/auditEvent.ts";
import { integrationEventData } from "../../generators/integrationEventData.ts";
import { jsonFormat } from "../../generators/jsonFormat.ts";
import type { CaseDefinition } from "../../model/caseDefinition.ts";
import { formatJson } from "../../protocol/formatJson.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

/** Fields that make every formatting choice visible: a `/` to escape, non-ASCII to `\u`-escape, several members. */
const WITH_SLASH_AND_UNICODE = { eventSource: "integrations.example.com/audit", userAgent: "agent/1.0 (é ✓ 🚀)" };

export const formattingCases: readonly CaseDefinition[] = [
  {
    id: "NonCanonicalJsonIsIngested",
    title: "Valid events written as non-canonical JSON, in the body and inside eventData, are ingested",
    category: "valid",
    documentation:
      "A body and eventData strings written with whitespace around every token, members in another order, \\uXXXX escapes and \\/ (eventData checksums computed over the exact strings sent) are all listed in successful. Reference: 'What HTTP pins down', 'whitespace, member order and escapes (\\u00e9, \\/) in the body and inside eventData do not change its meaning. The checksum, though, is over the exact eventData string as sent.'",
    specRef: specRef.reference("what-http-pins-down-whatever-the-documentation-says"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const channelArn = fixtureOf(ctx, "ownChannelArn");
      const recipientAccountId = ownerAccountOf(channelArn);
      const eventData = fc
        .tuple(
          integrationEventData({ recipientAccountId, fieldAtMaxLength: "never" }),
          jsonFormat({ nonCanonical: true }),
        )
        .map(([data, format]) => formatJson({ ...data, ...WITH_SLASH_AND_UNICODE }, format));
      const event = auditEvent({ recipientAccountId, eventData, checksum: "always" });
      return fc
        .tuple(
          fc.uniqueArray(event, { selector: (e) => e.id, minLength: 1, maxLength: 10 }),
          jsonFormat({ nonCanonical: true }),
        )
        .map(([events, format]) => {
          const request = requestFor(channelArn, events);
          return {
            request: { ...request, body: { json: { auditEvents: events }, format } },
            label: `${events.length} events, body and eventData in non-canonical JSON`,
          };
        });
    },
    expect: expectations.ingested(),
    tags: ["positive", "json"],
    ingests: true,
  },
];
