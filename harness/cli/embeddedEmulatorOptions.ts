import type { ReadingChoice } from "../emulator/readings/applyReadings.ts";
import type { EmulatorOptions } from "../emulator/startEmulator.ts";

/**
 * The embedded emulator of `run`, alike in every thread: the run's faults and readings, and an event store that
 * keeps nothing, since no case reads it back (`GET /_emulator/events`) and two threads' 16 MiB stores would cost
 * several times that in peak memory.
 */
export function embeddedEmulatorOptions(faults: readonly string[], readings: ReadingChoice): EmulatorOptions {
  return { faults, readings, limits: { maxStoredEvents: 0, maxStoredBytes: 0 } };
}
