import type { CaseDefinition } from "../model/caseDefinition.ts";
import { channelCases } from "./cases/channel.ts";
import { checksumCases } from "./cases/checksum.ts";
import { duplicatesCases } from "./cases/duplicates.ts";
import { eventDataCases } from "./cases/eventData.ts";
import { eventIdCases } from "./cases/eventId.ts";
import { eventsCountCases } from "./cases/eventsCount.ts";
import { externalIdCases } from "./cases/externalId.ts";
import { malformedCases } from "./cases/malformed.ts";
import { serviceStateCases } from "./cases/serviceState.ts";
import { sizeCases } from "./cases/size.ts";
import { validCases } from "./cases/valid.ts";

/** Every case, in the report order of CATEGORIES. */
export const CATALOGUE: readonly CaseDefinition[] = [
  ...validCases,
  ...eventsCountCases,
  ...eventIdCases,
  ...duplicatesCases,
  ...externalIdCases,
  ...channelCases,
  ...sizeCases,
  ...checksumCases,
  ...eventDataCases,
  ...malformedCases,
  ...serviceStateCases,
];
