import { CHANNEL_ARN } from "../../generated/constants.ts";

/** The channel ARN of CHANNEL_ARN.format: `arn:{partition}:cloudtrail:{region}:{account}:channel/{channelId}`. */
export function channelArnFor(account: string, region: string, channelId: string, partition = "aws"): string {
  const parts: Record<string, string> = { partition, region, account, channelId };
  return CHANNEL_ARN.format.replace(/\{(\w+)\}/g, (placeholder, name: string) => parts[name] ?? placeholder);
}
