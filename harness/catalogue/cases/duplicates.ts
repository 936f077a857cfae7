import { auditEventsWithDuplicateIds } from "../../generators/auditEventsWithDuplicateIds.ts";
import type { CaseDefinition } from "../../model/caseDefinition.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

export const duplicatesCases: readonly CaseDefinition[] = [
  {
    id: "DuplicateIdsAreRejected",
    title: "Events sharing an id are rejected with DuplicatedAuditEventId",
    category: "duplicates",
    documentation:
      "A batch where an id appears twice (adjacent, far apart, many times, or a whole event repeated) is refused with the operation's own error. Spec: DuplicatedAuditEventId, 'Two or more entries in the request have the same event ID.'",
    specRef: specRef.schema("/PutAuditEventsRequest/properties/auditEvents/x-pae-unique-items-by"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const channelArn = fixtureOf(ctx, "ownChannelArn");
      return auditEventsWithDuplicateIds({
        recipientAccountId: ownerAccountOf(channelArn),
        optionalFields: "never",
      }).map((events) => ({
        request: requestFor(channelArn, events),
        label: `${events.length} events, ${events.length - new Set(events.map((e) => e.id)).size} repeated ids`,
      }));
    },
    expect: expectations.rejected(["DuplicatedAuditEventId"]),
    tags: ["negative"],
  },
];
