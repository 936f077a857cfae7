import { AUTOCANNON_CONNECTIONS, AUTOCANNON_SECONDS } from "./autocannonRate.ts";
import type { BenchFigure } from "./benchFigure.ts";
import { AUTOCANNON_ROUNDS, pairedAutocannonRates } from "./pairedAutocannonRates.ts";

/**
 * How far the emulator's goal is reachable at all here: the rate of a server that checks SigV4 and does nothing
 * else (bench/sigV4FloorServer.ts), against the same bare node:http baseline and load as the emulator's figure.
 */
export async function measureSigV4Floor(floorUrl: string, bareUrl: string): Promise<BenchFigure> {
  const rates = await pairedAutocannonRates(floorUrl, bareUrl);
  return {
    name: `floor: node:http checking SigV4 only, 1-event requests (autocannon, ${AUTOCANNON_CONNECTIONS} connections, ${AUTOCANNON_ROUNDS}x${AUTOCANNON_SECONDS} s)`,
    value: rates.measured,
    unit: "req/s",
    baseline: { name: "bare node:http fixed 200", value: rates.baseline },
    ratio: rates.ratio,
    goal: "none",
    met: true,
  };
}
