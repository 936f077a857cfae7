import { authorizationIsSigV4 } from "./checks/authorizationIsSigV4.ts";
import { bodyMatchesSchema } from "./checks/bodyMatchesSchema.ts";
import { channelArnInQuery } from "./checks/channelArnInQuery.ts";
import { checksumsMatchEventData } from "./checks/checksumsMatchEventData.ts";
import { contentTypeIsJson } from "./checks/contentTypeIsJson.ts";
import { eventDataMatchesSchema } from "./checks/eventDataMatchesSchema.ts";
import { eventIdsAreUnique } from "./checks/eventIdsAreUnique.ts";
import { externalIdSentIffGiven } from "./checks/externalIdSentIffGiven.ts";
import { methodIsPost } from "./checks/methodIsPost.ts";
import { pathIsPutAuditEvents } from "./checks/pathIsPutAuditEvents.ts";
import { queryMatchesSchema } from "./checks/queryMatchesSchema.ts";
import { signatureVerifies } from "./checks/signatureVerifies.ts";
import type { ClientRequestCheck } from "./clientRequestCheck.ts";

/** Every check applied to every request a client sends. Adding one touches its file and one line here. */
export const CLIENT_REQUEST_CHECKS = {
  methodIsPost,
  pathIsPutAuditEvents,
  channelArnInQuery,
  queryMatchesSchema,
  externalIdSentIffGiven,
  contentTypeIsJson,
  bodyMatchesSchema,
  eventDataMatchesSchema,
  checksumsMatchEventData,
  eventIdsAreUnique,
  authorizationIsSigV4,
  signatureVerifies,
} as const satisfies Record<string, ClientRequestCheck>;

export type ClientRequestCheckName = keyof typeof CLIENT_REQUEST_CHECKS;

export const CLIENT_REQUEST_CHECK_NAMES = Object.keys(CLIENT_REQUEST_CHECKS) as ClientRequestCheckName[];
