import { prepareRequest } from "../harness/sender/prepareRequest.ts";
import { AUTOCANNON_CONNECTIONS, AUTOCANNON_SECONDS, autocannonRate } from "./autocannonRate.ts";
import type { BenchFigure } from "./benchFigure.ts";
import { benchTarget } from "./benchTarget.ts";
import { oneEventRequest } from "./oneEventRequest.ts";
import { pairedRates } from "./pairedRates.ts";

const ROUNDS = 3;

/**
 * How far the emulator's goal is reachable at all here: the rate of a server that checks SigV4 and does nothing
 * else (bench/sigV4FloorServer.ts), against the same bare node:http baseline and load as the emulator's figure.
 */
export async function measureSigV4Floor(floorUrl: string, bareUrl: string): Promise<BenchFigure> {
  // Signed for the floor's own host, which autocannon sends.
  const prepared = await prepareRequest(benchTarget(floorUrl), oneEventRequest);
  const rates = await pairedRates(
    ROUNDS,
    () => autocannonRate(floorUrl, prepared),
    () => autocannonRate(bareUrl, prepared),
  );
  return {
    name: `floor: node:http checking SigV4 only, 1-event requests (autocannon, ${AUTOCANNON_CONNECTIONS} connections, ${ROUNDS}x${AUTOCANNON_SECONDS} s)`,
    value: rates.measured,
    unit: "req/s",
    baseline: { name: "bare node:http fixed 200", value: rates.baseline },
    ratio: rates.ratio,
    goal: "none",
    met: true,
  };
}
