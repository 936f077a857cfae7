/** The parts of a channel ARN: `arn:{partition}:cloudtrail:{region}:{account}:channel/{channelId}`. */
export interface ChannelArnParts {
  partition: string;
  region: string;
  account: string;
  channelId: string;
}

const CHANNEL_ARN = /^arn:([^:]+):cloudtrail:([^:]+):([^:]+):channel\/(.+)$/;

/** Splits a channel ARN into its parts; undefined when the value is not a channel ARN. */
export function parseChannelArn(arn: string): ChannelArnParts | undefined {
  const match = CHANNEL_ARN.exec(arn);
  if (!match) return undefined;
  const [, partition = "", region = "", account = "", channelId = ""] = match;
  return { partition, region, account, channelId };
}
