import { isErrorReply } from "../reply.ts";
import type { JsonObject, Stages } from "../stages.ts";
import { type ReadingApplies, unchanged } from "./reading.ts";

function withoutNulls(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== null));
}

/** Null members of the body and of each event dropped; an empty externalId in the query dropped too. */
function nullAsAbsent(stages: Stages): Stages {
  return {
    ...stages,
    parseBody: (bytes) => {
      const parsed = stages.parseBody(bytes);
      if (isErrorReply(parsed)) return parsed;
      const body = withoutNulls(parsed) as JsonObject;
      return Array.isArray(body.auditEvents) ? { ...body, auditEvents: body.auditEvents.map(withoutNulls) } : body;
    },
    parseQuery: (rawQuery) => {
      const query = stages.parseQuery(rawQuery);
      if (isErrorReply(query) || query.externalId !== "") return query;
      const { externalId: _empty, ...rest } = query;
      return rest;
    },
  };
}

/** Whether a member sent as JSON null is mistyped (the default: a type violation) or absent, as Smithy servers read it. */
export const nullMember: ReadingApplies<"nullMember"> = {
  mistyped: unchanged,
  absent: nullAsAbsent,
};
