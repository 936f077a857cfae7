import type { TargetConfig } from "../model/target.ts";
import { DEFAULT_MAX_RESPONSE_BYTES } from "../sender/createSender.ts";
import type { RunningEmulator } from "./startEmulator.ts";

/** The target config of a running emulator: its URL, region, caller key and channel fixtures. */
export function emulatorTarget(
  emulator: Pick<RunningEmulator, "url" | "region" | "credentials" | "targetFixtures">,
  timeoutMs = 10_000,
): TargetConfig {
  return {
    endpoint: emulator.url,
    region: emulator.region,
    credentials: emulator.credentials,
    fixtures: emulator.targetFixtures,
    timeoutMs,
    maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
  };
}
