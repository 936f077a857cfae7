import type { ErrorObject } from "ajv";
import { CHANNEL_ARN } from "../../../generated/constants.ts";
import type { ErrorReply } from "../reply.ts";
import type { Caller, EmulatorContext, QueryValues } from "../stages.ts";
import { channelNotFound } from "./lookupChannel.ts";

const ARN_PATTERN = new RegExp(CHANNEL_ARN.pattern, "u");
/** An ARN suffix: no `:` (so never an ARN with a part missing), no space or line break, not empty. */
const BARE_ID = /^[^:\s\u2028\u2029]+$/u;

/** The channelArn value when it is a bare channel id (the ARN suffix) rather than an ARN. */
export function bareChannelIdOf(query: QueryValues): string | undefined {
  const value = query.channelArn;
  return typeof value === "string" && !ARN_PATTERN.test(value) && BARE_ID.test(value) ? value : undefined;
}

/**
 * The doc calls channelArn "the ARN or ID (the ARN suffix) of a channel", while its pattern wants `arn:`; the
 * emulator takes the documented reading, so a bare id is exempt from the pattern, and from nothing else. Whether a
 * value passes validation never depends on which channels exist.
 */
export function exemptBareChannelId(violations: ErrorObject[], query: QueryValues): ErrorObject[] {
  if (bareChannelIdOf(query) === undefined) return violations;
  return violations.filter((error) => !(error.instancePath === "/channelArn" && error.keyword === "pattern"));
}

/** After validation: a bare id names one of the caller's own channels in this Region, or none (ChannelNotFound). */
export function resolveBareChannelId(
  query: QueryValues,
  caller: Caller,
  ctx: EmulatorContext,
): QueryValues | ErrorReply {
  const id = bareChannelIdOf(query);
  if (id === undefined) return query;
  const prefix = `:cloudtrail:${ctx.fixture.region}:${caller.accountId}:channel/`;
  const channel = ctx.fixture.channels.find(
    (candidate) => candidate.ownerAccountId === caller.accountId && candidate.arn.endsWith(`${prefix}${id}`),
  );
  if (channel !== undefined) return { ...query, channelArn: channel.arn };
  const notFound = channelNotFound({
    arn: id,
    partition: "",
    region: ctx.fixture.region,
    accountId: caller.accountId,
    channelId: id,
  });
  return notFound;
}
