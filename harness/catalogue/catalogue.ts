import type { CaseDefinition } from "../model/caseDefinition.ts";
import { batchPositionCases } from "./cases/batchPositions.ts";
import { channelCases } from "./cases/channel.ts";
import { channelIdentifierCases } from "./cases/channelIdentifiers.ts";
import { checksumCases } from "./cases/checksum.ts";
import { duplicatesCases } from "./cases/duplicates.ts";
import { eventDataCases } from "./cases/eventData.ts";
import { eventDataObjectCases } from "./cases/eventDataObjects.ts";
import { eventIdCases } from "./cases/eventId.ts";
import { eventsCountCases } from "./cases/eventsCount.ts";
import { externalIdCases } from "./cases/externalId.ts";
import { formattingCases } from "./cases/formatting.ts";
import { malformedCases } from "./cases/malformed.ts";
import { serviceStateCases } from "./cases/serviceState.ts";
import { sizeCases } from "./cases/size.ts";
import { transportCases } from "./cases/transport.ts";
import { validCases } from "./cases/valid.ts";

/** Cases covering the request space HTTP and JSON allow (issue 12 section 3), sorted into categories below. */
const requestSpaceCases: readonly CaseDefinition[] = [
  ...transportCases,
  ...formattingCases,
  ...channelIdentifierCases,
  ...batchPositionCases,
  ...eventDataObjectCases,
];
const inCategory = (category: CaseDefinition["category"]) =>
  requestSpaceCases.filter((entry) => entry.category === category);

/** Every case, in the report order of CATEGORIES. */
export const CATALOGUE: readonly CaseDefinition[] = [
  ...validCases,
  ...inCategory("valid"),
  ...eventsCountCases,
  ...eventIdCases,
  ...duplicatesCases,
  ...inCategory("duplicates"),
  ...externalIdCases,
  ...inCategory("external-id"),
  ...channelCases,
  ...inCategory("channel"),
  ...sizeCases,
  ...inCategory("size"),
  ...checksumCases,
  ...inCategory("checksum"),
  ...eventDataCases,
  ...inCategory("event-data"),
  ...malformedCases,
  ...inCategory("malformed"),
  ...serviceStateCases,
];
