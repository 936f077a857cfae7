import type { Readable } from "node:stream";
import type { AuditEvent } from "../../generated/api.ts";
import type { EmulatorChannel } from "./emulatorFixture.ts";
import type { EventStore, StoredEvent } from "./eventStore.ts";
import { ingestEvents } from "./ingestEvents.ts";
import { type ErrorReply, isErrorReply, type Reply } from "./reply.ts";
import { exemptBareChannelId } from "./stages/resolveBareChannelId.ts";
import type { Caller, EmulatorContext, QueryValues, RequestHead } from "./stages.ts";
import { throttledReply } from "./throttledReply.ts";

/**
 * Channel rules in order: the ARN's form, the channel's existence, its resource policy (owner or allowed partner),
 * its external id, what the fixture says of the channel's schema and account, then the channel's own quota.
 */
function resolveChannel(query: QueryValues, caller: Caller, ctx: EmulatorContext): EmulatorChannel | ErrorReply {
  const { stages } = ctx;
  const arn = stages.parseChannelArn(String(query.channelArn));
  if (isErrorReply(arn)) return arn;
  const channel = stages.lookupChannel(arn, ctx);
  if (isErrorReply(channel)) return channel;
  const externalId = typeof query.externalId === "string" ? query.externalId : undefined;
  return (
    stages.checkChannelOwner(channel, caller) ??
    stages.checkExternalId(channel, externalId) ??
    stages.checkChannelState(channel, ctx) ??
    stages.checkChannelQuota(channel, ctx) ??
    channel
  );
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
  // An abandoned body was never hashed whole, so no signature over it can be checked: its size answers first.
  const abandoned = body.abandoned ? stages.checkBodySize(body, stages.bodyLimit) : undefined;
  if (abandoned !== undefined) return abandoned;
  const caller = await stages.authenticate(head, body, ctx);
  if (isErrorReply(caller)) return caller;
  const retryAfter = ctx.quota?.take();
  if (retryAfter !== undefined) return throttledReply(retryAfter);
  const unreadable = stages.checkBodySize(body, stages.bodyLimit) ?? stages.checkContentType(head);
  if (unreadable !== undefined) return unreadable;
  const query = stages.parseQuery(head.rawQuery);
  if (isErrorReply(query)) return query;
  const parsed = stages.parseBody(body.bytes);
  if (isErrorReply(parsed)) return parsed;
  const invalid = stages.violationReply(exemptBareChannelId(stages.requestViolations(query, parsed), query));
  if (invalid !== undefined) return invalid;
  const resolved = stages.resolveBareChannelId(query, caller, ctx);
  if (isErrorReply(resolved)) return resolved;
  const channel = resolveChannel(resolved, caller, ctx);
  if (isErrorReply(channel)) return channel;
  // Validation passed, so auditEvents is an array of events of the right types.
  const events = parsed.auditEvents as AuditEvent[];
  const refused = stages.checkDuplicateIds(events) ?? stages.checkBatch(events, channel, ctx);
  if (refused !== undefined) return refused;
  const accepted: StoredEvent[] = [];
  const answer = ingestEvents(events, channel, ctx, accepted);
  // Durable before acknowledged: the journal's fsync comes before the store and the 200.
  if (ctx.journal !== undefined) await ctx.journal.append(accepted);
  for (const event of accepted) store.add(event);
  return { kind: "success", status: 200, body: answer };
}
