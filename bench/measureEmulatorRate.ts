import { AUTOCANNON_CONNECTIONS, AUTOCANNON_SECONDS } from "./autocannonRate.ts";
import { type BenchFigure, ratioFigure } from "./benchFigure.ts";
import { cpuPerRequestFigure } from "./cpuPerRequestFigure.ts";
import { AUTOCANNON_ROUNDS, pairedAutocannonRates } from "./pairedAutocannonRates.ts";

/**
 * The emulator's rate for single-event requests against a bare node:http server's fixed 200, same load, and both
 * servers' CPU per request in those rounds.
 */
export async function measureEmulatorRate(
  emulatorUrl: string,
  bareUrl: string,
  serverCpuSeconds: () => number | undefined,
): Promise<BenchFigure[]> {
  const rates = await pairedAutocannonRates(emulatorUrl, bareUrl, serverCpuSeconds);
  return [
    ratioFigure(
      `emulator with SigV4 authentication on, 1-event requests (autocannon, ${AUTOCANNON_CONNECTIONS} connections, ${AUTOCANNON_ROUNDS}x${AUTOCANNON_SECONDS} s)`,
      { value: rates.measured, unit: "req/s" },
      { name: "bare node:http fixed 200", value: rates.baseline },
      0.5,
      rates.ratio,
    ),
    cpuPerRequestFigure("emulator with SigV4 authentication on", rates.cpuPerRequest),
  ];
}
