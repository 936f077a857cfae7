import { defaultEmulatorFixture } from "../harness/emulator/defaultEmulatorFixture.ts";
import { PROBE_CHANNELS } from "../harness/emulator/faults/probeRequests.ts";
import type { TargetConfig } from "../harness/model/target.ts";

/** A target config for an emulator running the default fixture at `endpoint`, with the caller's key. */
export function benchTarget(endpoint: string): TargetConfig {
  const key = defaultEmulatorFixture.keys.find((k) => k.accountId === defaultEmulatorFixture.defaultAccountId);
  if (key === undefined) throw new Error("the default emulator fixture has no key for its default account");
  return {
    endpoint,
    region: defaultEmulatorFixture.region,
    credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey },
    fixtures: { ownChannelArn: PROBE_CHANNELS.own },
    timeoutMs: 10_000,
    maxResponseBytes: 1024 * 1024,
  };
}
