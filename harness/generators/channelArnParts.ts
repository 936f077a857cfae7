import { CHANNEL_ARN } from "../../generated/constants.ts";

export interface ChannelArnParts {
  partition: string;
  region: string;
  account: string;
  channelId: string;
}

/** CHANNEL_ARN.format as a regex: each `{part}` is a non-empty segment; the channel id is the rest. */
const CHANNEL_ARN_REGEX = new RegExp(
  `^${CHANNEL_ARN.format
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace(/\{channelId\}/, "(?<channelId>.+)")
    .replace(/\{(\w+)\}/g, "(?<$1>[^:]+)")}$`,
  "u",
);

/** The parts of a channel ARN, or undefined when `arn` does not follow CHANNEL_ARN.format. */
export function channelArnParts(arn: string): ChannelArnParts | undefined {
  const groups = CHANNEL_ARN_REGEX.exec(arn)?.groups;
  if (groups === undefined) return undefined;
  const { partition, region, account, channelId } = groups;
  if (partition === undefined || region === undefined || account === undefined || channelId === undefined) {
    return undefined;
  }
  return { partition, region, account, channelId };
}
