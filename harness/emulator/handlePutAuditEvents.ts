import type { Readable } from "node:stream";
import type { AuditEvent } from "../../generated/api.ts";
import type { EmulatorChannel } from "./emulatorFixture.ts";
import type { EventStore } from "./eventStore.ts";
import { ingestEvents } from "./ingestEvents.ts";
import { type ErrorReply, isErrorReply, type Reply } from "./reply.ts";
import type { Caller, EmulatorContext, QueryValues, RequestHead } from "./stages.ts";

/** Channel rules in order: the ARN's form, the channel's existence, its owner, its external id. */
function resolveChannel(query: QueryValues, caller: Caller, ctx: EmulatorContext): EmulatorChannel | ErrorReply {
  const { stages } = ctx;
  const arn = stages.parseChannelArn(String(query.channelArn));
  if (isErrorReply(arn)) return arn;
  const channel = stages.lookupChannel(arn, ctx);
  if (isErrorReply(channel)) return channel;
  const externalId = typeof query.externalId === "string" ? query.externalId : undefined;
  return stages.checkChannelOwner(channel, caller) ?? stages.checkExternalId(channel, externalId) ?? channel;
}

/**
 * PutAuditEvents as a sequence of stages, each answering with an error or handing on: transport and
 * authentication first, then deserialisation, validation, the channel, and finally each event.
 */
export async function handlePutAuditEvents(
  head: RequestHead,
  stream: Readable,
  ctx: EmulatorContext,
  store: EventStore,
): Promise<Reply> {
  const { stages } = ctx;
  const body = await stages.readBody(stream, stages.bodyLimit);
  const unrouted = stages.route(head);
  if (unrouted !== undefined) return unrouted;
  const caller = await stages.authenticate(head, body, ctx);
  if (isErrorReply(caller)) return caller;
  const unreadable = stages.checkBodySize(body, stages.bodyLimit) ?? stages.checkContentType(head);
  if (unreadable !== undefined) return unreadable;
  const query = stages.parseQuery(head.rawQuery);
  if (isErrorReply(query)) return query;
  const parsed = stages.parseBody(body.bytes);
  if (isErrorReply(parsed)) return parsed;
  const resolved = stages.resolveBareChannelId(query, ctx);
  const invalid = stages.violationReply(stages.requestViolations(resolved, parsed));
  if (invalid !== undefined) return invalid;
  const channel = resolveChannel(resolved, caller, ctx);
  if (isErrorReply(channel)) return channel;
  // Validation passed, so auditEvents is an array of events of the right types.
  const events = parsed.auditEvents as AuditEvent[];
  const refused = stages.checkDuplicateIds(events) ?? stages.checkBatch(events, channel, ctx);
  if (refused !== undefined) return refused;
  return { kind: "success", status: 200, body: ingestEvents(events, channel, ctx, store) };
}
