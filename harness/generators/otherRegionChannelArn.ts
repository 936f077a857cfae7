import fc from "fast-check";
import { parseChannelArn } from "../protocol/channelArn.ts";
import { channelArnFor } from "./channelArnFor.ts";

/** Public commercial Regions to move a channel to; any Region other than the target's will do. */
const REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"] as const;

/** `channelArn` (same partition, account and id) moved to another Region than its own. */
export function otherRegionChannelArn(channelArn: string): fc.Arbitrary<string> {
  const parts = parseChannelArn(channelArn);
  if (parts === undefined) throw new TypeError(`not a channel ARN: ${channelArn}`);
  const others = REGIONS.filter((region) => region !== parts.region);
  return fc
    .constantFrom(...others)
    .map((region) => channelArnFor(parts.account, region, parts.channelId, parts.partition));
}
