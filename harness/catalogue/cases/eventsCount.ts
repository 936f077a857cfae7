import fc from "fast-check";
import { auditEventsOverMaxItems } from "../../generators/auditEventsOverMaxItems.ts";
import type { CaseDefinition } from "../../model/caseDefinition.ts";
import { expectations } from "../expectations.ts";
import { fixtureOf } from "../fixtureOf.ts";
import { ownerAccountOf } from "../ownerAccountOf.ts";
import { requestFor } from "../requestFor.ts";
import { specRef } from "../specRef.ts";

export const eventsCountCases: readonly CaseDefinition[] = [
  {
    id: "ZeroEventsAreRejected",
    title: "An empty auditEvents list is rejected",
    category: "events-count",
    documentation: "A request with no events breaks the minimum of one. Spec: auditEvents minItems: 1.",
    specRef: specRef.schema("/PutAuditEventsRequest/properties/auditEvents/minItems"),
    needs: ["ownChannelArn"],
    generate: (ctx) => fc.constant({ request: requestFor(fixtureOf(ctx, "ownChannelArn"), []), label: "0 events" }),
    expect: expectations.rejected(["ValidationException"]),
    tags: ["negative", "boundary"],
  },
  {
    id: "OverMaxEventsAreRejected",
    title: "More than 100 events are rejected",
    category: "events-count",
    documentation:
      "A request of 101 or more valid events breaks the maximum of 100 (101 always tried). Spec: auditEvents maxItems: 100; 'You can add up to 100 of these events'.",
    specRef: specRef.schema("/PutAuditEventsRequest/properties/auditEvents/maxItems"),
    needs: ["ownChannelArn"],
    generate: (ctx) => {
      const channelArn = fixtureOf(ctx, "ownChannelArn");
      return auditEventsOverMaxItems({ recipientAccountId: ownerAccountOf(channelArn) }).map((events) => ({
        request: requestFor(channelArn, events),
        label: `${events.length} events`,
      }));
    },
    expect: expectations.rejected(["ValidationException"]),
    tags: ["negative", "boundary"],
  },
];
