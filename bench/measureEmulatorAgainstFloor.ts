import { AUTOCANNON_CONNECTIONS, AUTOCANNON_SECONDS } from "./autocannonRate.ts";
import type { BenchFigure } from "./benchFigure.ts";
import { cpuPerRequestFigure } from "./cpuPerRequestFigure.ts";
import { AUTOCANNON_ROUNDS, pairedAutocannonRates } from "./pairedAutocannonRates.ts";

const FLOOR = "floor: node:http checking SigV4 only";

/**
 * The emulator against the floor in paired rounds of their own: what the emulator costs beyond checking SigV4,
 * read directly rather than from two figures whose rounds saw different machine speeds. Informational: it is the
 * other reading of issue 16's "a bare Node server with authentication on".
 */
export async function measureEmulatorAgainstFloor(
  emulatorUrl: string,
  floorUrl: string,
  serverCpuSeconds: () => number | undefined,
): Promise<BenchFigure[]> {
  const rates = await pairedAutocannonRates(emulatorUrl, floorUrl, serverCpuSeconds);
  return [
    {
      name: `emulator against the floor, 1-event requests (autocannon, ${AUTOCANNON_CONNECTIONS} connections, ${AUTOCANNON_ROUNDS}x${AUTOCANNON_SECONDS} s)`,
      value: rates.measured,
      unit: "req/s",
      baseline: { name: FLOOR, value: rates.baseline },
      ratio: rates.ratio,
      goal: "none",
      met: true,
    },
    cpuPerRequestFigure("emulator against the floor", rates.cpuPerRequest, FLOOR),
  ];
}
