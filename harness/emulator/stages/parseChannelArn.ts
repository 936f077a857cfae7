import { CHANNEL_ARN } from "../../../generated/constants.ts";
import { clip } from "../clip.ts";
import { type ErrorReply, errorReply } from "../reply.ts";
import type { ParsedChannelArn } from "../stages.ts";

/** `arn:{partition}:cloudtrail:{region}:{account}:channel/{channelId}` with each `{part}` a named group. */
export function channelArnRegExp(format: string = CHANNEL_ARN.format): RegExp {
  const escaped = format.replace(/[.*+?^$()|[\]\\/]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\{(\w+)\}/g, "(?<$1>[^:/]+)")}$`, "u");
}

/** A parser of channel ARNs written in `format`; the faithful one uses the spec's format. */
export function channelArnParser(format: string) {
  const pattern = channelArnRegExp(format);
  return (value: string): ParsedChannelArn | ErrorReply => parseWith(pattern, value);
}

function parseWith(pattern: RegExp, value: string): ParsedChannelArn | ErrorReply {
  const groups = pattern.exec(value)?.groups;
  const { partition, region, account, channelId } = groups ?? {};
  if (partition === undefined || region === undefined || account === undefined || channelId === undefined) {
    return errorReply("InvalidChannelARN", `The channel ARN ${clip(value)} is not a valid channel ARN.`);
  }
  return { arn: value, partition, region, accountId: account, channelId };
}

/** Reads an ARN in the spec's channel format; another ARN (another service or resource) is InvalidChannelARN. */
export const parseChannelArn = channelArnParser(CHANNEL_ARN.format);
