import fc from "fast-check";
import { channelArnFor } from "./channelArnFor.ts";

export interface UnknownChannelArnConstraints {
  account: string;
  region: string;
}

/** Well-formed channel ARNs of the caller's account and Region naming a channel that does not exist (a fresh UUID). */
export function unknownChannelArn(constraints: UnknownChannelArnConstraints): fc.Arbitrary<string> {
  return fc.uuid().map((channelId) => channelArnFor(constraints.account, constraints.region, channelId));
}
