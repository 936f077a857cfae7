import { type ChannelArnParser, parseChannelArn } from "../protocol/channelArn.ts";
import { rememberedByText } from "../protocol/remembered.ts";
import { clip } from "./clip.ts";
import { type ErrorReply, errorReply } from "./reply.ts";
import type { ParsedChannelArn } from "./stages.ts";

/**
 * The `parseChannelArn` stage: the suite's one channel ARN grammar (protocol/channelArn.ts), with a value outside
 * it answered InvalidChannelARN. A fault passes a parser of another format. A client names the same channel
 * request after request, so each stage remembers what it read of an ARN's text (frozen, shared; null: not an ARN).
 */
export function channelArnStage(parse: ChannelArnParser = parseChannelArn) {
  const known = new Map<string, Readonly<ParsedChannelArn> | null>();
  const read = (value: string): Readonly<ParsedChannelArn> | null => {
    const parts = parse(value);
    if (parts === undefined) return null;
    const { partition, region, account: accountId, channelId } = parts;
    return Object.freeze({ arn: value, partition, region, accountId, channelId });
  };
  return (value: string): ParsedChannelArn | ErrorReply => {
    const parsed = rememberedByText(known, value, read);
    if (parsed !== null) return parsed;
    return errorReply("InvalidChannelARN", `The channel ARN ${clip(value)} is not a valid channel ARN.`);
  };
}
