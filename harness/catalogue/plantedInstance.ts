import fc from "fast-check";
import type { AuditEventsWithPlantedConstraints } from "../generators/auditEventsWithPlanted.ts";
import { auditEventsWithPlanted } from "../generators/auditEventsWithPlanted.ts";
import type { CaseContext } from "../model/caseDefinition.ts";
import type { CaseInstance } from "../model/caseRequest.ts";
import { fixtureOf } from "./fixtureOf.ts";
import { ownerAccountOf } from "./ownerAccountOf.ts";
import { requestFor } from "./requestFor.ts";

export interface PlantedInstanceConstraints {
  /** The events to plant, given the channel owner's account. */
  planted: (recipientAccountId: string) => fc.Arbitrary<Record<string, unknown>>;
  /**
   * "mark": planted events get fresh unique ids and are marked bad (per-event rules); "refuse": fresh ids, not
   * marked (the whole request is refused); "keep": they keep their own id or its absence (id rules), not marked.
   */
  mode: "mark" | "refuse" | "keep";
  maxPlanted?: number;
  label: string;
  /** False for heavy planted events: shrinking would resend hundreds of kilobytes per step. Default true. */
  shrinkable?: boolean;
}

/** Instances sending valid events mixed with planted ones to the caller's own channel. */
export function plantedInstance(ctx: CaseContext, constraints: PlantedInstanceConstraints): fc.Arbitrary<CaseInstance> {
  const channelArn = fixtureOf(ctx, "ownChannelArn");
  const recipientAccountId = ownerAccountOf(channelArn);
  const batch: AuditEventsWithPlantedConstraints = {
    recipientAccountId,
    planted: constraints.planted(recipientAccountId),
    plantedIds: constraints.mode === "keep" ? "keep" : "assign",
    minPlanted: 1,
    maxPlanted: constraints.maxPlanted ?? 3,
  };
  const instances = auditEventsWithPlanted(batch).map(({ auditEvents, plantedIds, plantedCount }) => {
    const instance: CaseInstance = {
      request: requestFor(channelArn, auditEvents),
      label: `${auditEvents.length} events, ${plantedCount} ${constraints.label}`,
    };
    if (constraints.mode === "mark") instance.markedEventIds = plantedIds;
    return instance;
  });
  return constraints.shrinkable === false ? fc.noShrink(instances) : instances;
}
