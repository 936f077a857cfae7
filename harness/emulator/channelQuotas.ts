import type { EmulatorChannel } from "./emulatorFixture.ts";
import { type TpsQuota, tpsQuota } from "./tpsQuota.ts";

/** The fixture's per-channel quotas (`quotaTps`): one token bucket per channel, made on its first request. */
export interface ChannelQuotas {
  /** Seconds to wait when the channel is over its quota; undefined when the request may pass (or it has none). */
  take(channel: EmulatorChannel, nowMs?: number): number | undefined;
}

export function channelQuotas(): ChannelQuotas {
  const buckets = new Map<string, TpsQuota>();
  return {
    take(channel, nowMs) {
      if (channel.quotaTps === undefined) return undefined;
      let bucket = buckets.get(channel.arn);
      if (bucket === undefined) {
        bucket = tpsQuota(channel.quotaTps);
        buckets.set(channel.arn, bucket);
      }
      return bucket.take(nowMs);
    },
  };
}
