import type { Check } from "../model/check.ts";
import { requestEventIds } from "./requestEventIds.ts";
import { responseView } from "./responseView.ts";
import { fail, pass, skipped } from "./verdicts.ts";

const CHECK = "successInvariants";

type Entry = { id?: unknown; eventID?: unknown };

function countIds(entries: Entry[]): Map<unknown, number> {
  const counts = new Map<unknown, number>();
  for (const entry of entries) counts.set(entry.id, (counts.get(entry.id) ?? 0) + 1);
  return counts;
}

/** Every request id is in exactly one of successful and failed, once; nothing else; eventIDs are distinct. */
export const successInvariants: Check = (exchange, { instance }) => {
  const view = responseView(exchange);
  if (view?.response.status !== 200) return skipped(CHECK, "not a 200");
  const body = view.json.ok ? (view.json.value as { successful?: unknown; failed?: unknown }) : undefined;
  const ids = requestEventIds(instance.request);
  if (!ids || !body || !Array.isArray(body.successful) || !Array.isArray(body.failed)) {
    return skipped(CHECK, "request or response has no event lists (responseMatchesSchema reports a bad body)");
  }
  const successful = countIds(body.successful as Entry[]);
  const failed = countIds(body.failed as Entry[]);
  const violation = (reason: string, path: string) =>
    fail(CHECK, { expected: "each request id exactly once", reason, path });
  for (const id of ids) {
    const times = (successful.get(id) ?? 0) + (failed.get(id) ?? 0);
    if (times === 0) return violation(`event ${id} is in neither successful nor failed`, "/");
    if (successful.has(id) && failed.has(id)) return violation(`event ${id} is in both successful and failed`, "/");
    if (times > 1) return violation(`event ${id} appears ${times} times`, "/");
  }
  const sent = new Set<unknown>(ids);
  const extra = [...successful.keys(), ...failed.keys()].find((id) => !sent.has(id));
  if (extra !== undefined)
    return violation(`the response lists ${JSON.stringify(extra)}, which the request did not send`, "/");
  const eventIds = (body.successful as Entry[]).map((entry) => entry.eventID);
  const repeated = eventIds.find((eventId, index) => eventIds.indexOf(eventId) !== index);
  if (repeated !== undefined) {
    return fail(CHECK, {
      expected: "distinct eventIDs",
      reason: `eventID ${JSON.stringify(repeated)} is assigned twice`,
      path: "/successful",
    });
  }
  return pass(CHECK, { reason: `${ids.length} events, each once; eventIDs distinct` });
};
