import { DEFAULT_EMULATOR_LIMITS } from "../harness/emulator/emulatorLimits.ts";
import { startEmulatorProcess } from "../harness/emulator/testing/emulatorProcess.ts";
import { LARGE_EVENT_LOAD, sendLargeEventLoad } from "../harness/emulator/testing/largeEventLoad.ts";
import type { BenchFigure } from "./benchFigure.ts";

const MB = 1024 * 1024;
const GOAL_BYTES = 512 * MB;

/**
 * `pae-conformance emulator` with default settings but authentication off, alone in its process, under the
 * large-event load of issue 17; its peak RSS (VmHWM) beside the same process's peak before the load.
 */
export async function measureEmulatorPeakRss(): Promise<BenchFigure> {
  // The load is unsigned (as in memoryBound.test.ts): authentication is not what this figure measures.
  const emulator = await startEmulatorProcess(["--no-auth"]);
  try {
    const atRest = emulator.peakRssBytes();
    const load = await sendLargeEventLoad(emulator.url);
    const peak = emulator.peakRssBytes();
    const { requests, eventsPerRequest, paddingBytes } = LARGE_EVENT_LOAD;
    return {
      name: `emulator, peak RSS under ${requests} requests of ${eventsPerRequest} x ${paddingBytes / 1000} KB events (${(load.elapsedMs / 1000).toFixed(0)} s; store bound ${DEFAULT_EMULATOR_LIMITS.maxStoredBytes / MB} MiB)`,
      value: peak / MB,
      unit: "MB",
      baseline: { name: "same process before the load", value: atRest / MB },
      goal: `under ${GOAL_BYTES / MB} MB`,
      met: peak < GOAL_BYTES,
    };
  } finally {
    await emulator.stop();
  }
}
