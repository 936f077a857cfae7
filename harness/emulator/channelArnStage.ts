import { type ChannelArnParser, parseChannelArn } from "../protocol/channelArn.ts";
import { clip } from "./clip.ts";
import { type ErrorReply, errorReply } from "./reply.ts";
import type { ParsedChannelArn } from "./stages.ts";

/**
 * The `parseChannelArn` stage: the suite's one channel ARN grammar (protocol/channelArn.ts), with a value outside
 * it answered InvalidChannelARN. A fault passes a parser of another format.
 */
export function channelArnStage(parse: ChannelArnParser = parseChannelArn) {
  return (value: string): ParsedChannelArn | ErrorReply => {
    const parts = parse(value);
    if (parts === undefined) {
      return errorReply("InvalidChannelARN", `The channel ARN ${clip(value)} is not a valid channel ARN.`);
    }
    return {
      arn: value,
      partition: parts.partition,
      region: parts.region,
      accountId: parts.account,
      channelId: parts.channelId,
    };
  };
}
