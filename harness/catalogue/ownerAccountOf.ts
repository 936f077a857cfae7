import { parseChannelArn } from "../protocol/channelArn.ts";

/** The account that owns a channel: the account part of its ARN (valid events name it as recipientAccountId). */
export function ownerAccountOf(channelArn: string): string {
  const parts = parseChannelArn(channelArn);
  if (parts === undefined) throw new TypeError(`not a channel ARN: ${channelArn}`);
  return parts.account;
}
