import type { CaseRequest } from "../model/caseRequest.ts";

/** The event ids a request sent, when its body is JSON with an auditEvents array of objects with string ids. */
export function requestEventIds(request: CaseRequest): string[] | undefined {
  if (!("json" in request.body)) return undefined;
  const body = request.body.json as { auditEvents?: unknown } | null;
  if (body === null || typeof body !== "object" || !Array.isArray(body.auditEvents)) return undefined;
  const ids: string[] = [];
  for (const event of body.auditEvents as unknown[]) {
    const id = (event as { id?: unknown } | null)?.id;
    if (typeof id !== "string") return undefined;
    ids.push(id);
  }
  return ids;
}
