import { CHANNEL_ARN } from "../../generated/constants.ts";

/** The parts of a channel ARN: `arn:{partition}:cloudtrail:{region}:{account}:channel/{channelId}`. */
export interface ChannelArnParts {
  partition: string;
  region: string;
  account: string;
  channelId: string;
}

/** CHANNEL_ARN.format as a regex: each `{part}` is a non-empty segment without `:`; the channel id is the rest. */
const CHANNEL_ARN_REGEX = new RegExp(
  `^${CHANNEL_ARN.format
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace(/\{channelId\}/, "(?<channelId>.+)")
    .replace(/\{(\w+)\}/g, "(?<$1>[^:]+)")}$`,
  "u",
);

/** Splits a channel ARN into its parts; undefined when the value does not follow the spec's channel ARN format. */
export function parseChannelArn(arn: string): ChannelArnParts | undefined {
  const groups = CHANNEL_ARN_REGEX.exec(arn)?.groups;
  if (groups === undefined) return undefined;
  const { partition, region, account, channelId } = groups;
  if (partition === undefined || region === undefined || account === undefined || channelId === undefined) {
    return undefined;
  }
  return { partition, region, account, channelId };
}
