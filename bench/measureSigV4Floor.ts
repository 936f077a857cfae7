import { AUTOCANNON_CONNECTIONS, AUTOCANNON_SECONDS } from "./autocannonRate.ts";
import type { BenchFigure } from "./benchFigure.ts";
import { cpuPerRequestFigure } from "./cpuPerRequestFigure.ts";
import { AUTOCANNON_ROUNDS, pairedAutocannonRates } from "./pairedAutocannonRates.ts";

/**
 * How far the emulator's goal is reachable at all here: the rate of a server that checks SigV4 and does nothing
 * else (bench/sigV4FloorServer.ts), against the same bare node:http baseline and load as the emulator's figure,
 * and both servers' CPU per request in those rounds.
 */
export async function measureSigV4Floor(
  floorUrl: string,
  bareUrl: string,
  serverCpuSeconds: () => number | undefined,
): Promise<BenchFigure[]> {
  const rates = await pairedAutocannonRates(floorUrl, bareUrl, serverCpuSeconds);
  return [
    {
      name: `floor: node:http checking SigV4 only, 1-event requests (autocannon, ${AUTOCANNON_CONNECTIONS} connections, ${AUTOCANNON_ROUNDS}x${AUTOCANNON_SECONDS} s)`,
      value: rates.measured,
      unit: "req/s",
      baseline: { name: "bare node:http fixed 200", value: rates.baseline },
      ratio: rates.ratio,
      goal: "none",
      met: true,
    },
    cpuPerRequestFigure("floor: node:http checking SigV4 only", rates.cpuPerRequest),
  ];
}
