import type { CaseRequest } from "../model/caseRequest.ts";

export interface RequestOptions {
  externalId?: string;
  /** Content-Type header; default application/json (the sender's default). */
  contentType?: string | null;
}

/**
 * The request of a case: `channelArn` (undefined: not sent) and either a list of audit events (sent as
 * `{ auditEvents }`) or a whole body (`{ json }` or `{ raw }` bytes).
 */
export function requestFor(
  channelArn: string | undefined,
  body: readonly unknown[] | CaseRequest["body"],
  options: RequestOptions = {},
): CaseRequest {
  const query: CaseRequest["query"] = {};
  if (channelArn !== undefined) query.channelArn = channelArn;
  if (options.externalId !== undefined) query.externalId = options.externalId;
  const request: CaseRequest = { query, body: isEventList(body) ? { json: { auditEvents: body } } : body };
  if (options.contentType !== undefined) request.contentType = options.contentType;
  return request;
}

function isEventList(body: readonly unknown[] | CaseRequest["body"]): body is readonly unknown[] {
  return Array.isArray(body);
}
