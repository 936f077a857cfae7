import { UNIQUE_EVENT_IDS } from "../../../generated/constants.ts";
import { fail, pass, skipped } from "../../checks/verdicts.ts";
import { auditEventsOf } from "../auditEventsOf.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "eventIdsAreUnique";

/** Ids are unique within a request; the service answers DuplicatedAuditEventId otherwise. */
export const eventIdsAreUnique: ClientRequestCheck = (_request, { view }) => {
  const events = view.body.parsed ? auditEventsOf(view.body.json) : undefined;
  if (events === undefined) return skipped(CHECK, "no auditEvents to read");
  const ids = events.map((event) => (event as Record<string, unknown> | null)?.[UNIQUE_EVENT_IDS.property]);
  const repeated = ids.findIndex((id, index) => ids.indexOf(id) !== index);
  if (repeated === -1) return pass(CHECK, { reason: `${ids.length} distinct ids` });
  return fail(CHECK, {
    expected: "distinct ids",
    actual: `${String(ids[repeated])} at ${ids.indexOf(ids[repeated])} and ${repeated}`,
    path: `/auditEvents/${repeated}/${UNIQUE_EVENT_IDS.property}`,
    reason: `id ${String(ids[repeated])} sent twice; the service answers ${UNIQUE_EVENT_IDS.error}`,
  });
};
