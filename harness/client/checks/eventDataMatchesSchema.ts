import { validateEventData } from "../../../generated/validators.js";
import { fail, pass, skipped } from "../../checks/verdicts.ts";
import { jsonValueOf } from "../../protocol/parseJson.ts";
import { auditEventsOf } from "../auditEventsOf.ts";
import type { ClientRequestCheck } from "../clientRequestCheck.ts";

const CHECK = "eventDataMatchesSchema";

/** Every eventData is a JSON document following the integration event schema. */
export const eventDataMatchesSchema: ClientRequestCheck = (_request, { view }) => {
  const events = view.body.parsed ? auditEventsOf(view.body.json) : undefined;
  if (events === undefined) return skipped(CHECK, "no auditEvents to read");
  for (const [index, event] of events.entries()) {
    const eventData = (event as { eventData?: unknown } | null)?.eventData;
    if (validateEventData(typeof eventData === "string" ? jsonValueOf(eventData) : undefined)) continue;
    const [first] = validateEventData.errors ?? [];
    return fail(CHECK, {
      expected: "eventData valid against the event schema",
      actual: first === undefined ? "not JSON" : `${first.keyword} at ${first.instancePath || "/"}`,
      path: `/auditEvents/${index}/eventData${first?.instancePath ?? ""}`,
      reason: `event ${index}'s eventData breaks the event schema${first ? `: ${first.instancePath || "/"} ${first.message ?? ""}` : ": not JSON"}`,
    });
  }
  return pass(CHECK, { reason: `${events.length} eventData follow the event schema` });
};
