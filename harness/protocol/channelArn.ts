import { CHANNEL_ARN } from "../../generated/constants.ts";

/** The parts of a channel ARN: `arn:{partition}:cloudtrail:{region}:{account}:channel/{channelId}`. */
export interface ChannelArnParts {
  partition: string;
  region: string;
  account: string;
  channelId: string;
}

export type ChannelArnParser = (arn: string) => ChannelArnParts | undefined;

const NAMED_PARTS = ["partition", "region", "account", "channelId"] as const;

/**
 * The grammar of an ARN format such as CHANNEL_ARN.format: each `{part}` is a non-empty ARN segment (no `:`),
 * and the last part, the resource id, is the rest of the value (an ARN's resource may hold `/` and `:`).
 * Faults pass another format (e.g. with `{service}`) to plant a wrong grammar; the suite and the emulator use
 * only the spec's.
 */
export function channelArnParser(format: string = CHANNEL_ARN.format): ChannelArnParser {
  const placeholders = [...format.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const last = placeholders.at(-1);
  const source = format
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace(/\{(\w+)\}/g, (_whole, name: string) => (name === last ? `(?<${name}>.+)` : `(?<${name}>[^:]+)`));
  const regex = new RegExp(`^${source}$`, "u");
  return (arn) => {
    const groups = regex.exec(arn)?.groups;
    if (groups === undefined) return undefined;
    const [partition, region, account, channelId] = NAMED_PARTS.map((name) => groups[name]);
    if (partition === undefined || region === undefined || account === undefined || channelId === undefined) {
      return undefined;
    }
    return { partition, region, account, channelId };
  };
}

/** Splits a channel ARN into its parts; undefined when the value does not follow the spec's channel ARN format. */
export const parseChannelArn: ChannelArnParser = channelArnParser();
