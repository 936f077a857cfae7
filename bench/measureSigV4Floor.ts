import { AUTOCANNON_CONNECTIONS, AUTOCANNON_SECONDS } from "./autocannonRate.ts";
import type { BenchFigure } from "./benchFigure.ts";
import { cpuPerRequestFigure } from "./cpuPerRequestFigure.ts";
import { AUTOCANNON_ROUNDS, type PairedAutocannonRates, pairedAutocannonRates } from "./pairedAutocannonRates.ts";

const BARE = "bare node:http fixed 200";
const FLOOR = "floor: node:http checking SigV4 only";
const LOAD = `1-event requests (autocannon, ${AUTOCANNON_CONNECTIONS} connections, ${AUTOCANNON_ROUNDS}x${AUTOCANNON_SECONDS} s)`;

/** A rate and CPU per request against a baseline, with no goal. */
function informational(server: string, baseline: string, rates: PairedAutocannonRates): BenchFigure[] {
  return [
    {
      name: `${server}, ${LOAD}`,
      value: rates.measured,
      unit: "req/s",
      baseline: { name: baseline, value: rates.baseline },
      ratio: rates.ratio,
      goal: "none",
      met: true,
    },
    cpuPerRequestFigure(server, rates.cpuPerRequest, baseline),
  ];
}

/**
 * How far the emulator's goal is reachable at all here: the rate of a server that checks SigV4 and does nothing
 * else (bench/sigV4FloorServer.ts) against the same bare node:http baseline and load as the emulator's figure;
 * then the emulator against that floor in paired rounds of their own, what it costs beyond checking SigV4 (read
 * directly, not from two figures whose rounds saw different machine speeds; the floor is the other reading of
 * issue 16's "a bare Node server with authentication on"). Each with both servers' CPU per request.
 */
export async function measureSigV4Floor(
  urls: { floorUrl: string; bareUrl: string; emulatorUrl: string },
  serverCpuSeconds: () => number | undefined,
): Promise<BenchFigure[]> {
  const floor = await pairedAutocannonRates(urls.floorUrl, urls.bareUrl, serverCpuSeconds);
  const emulator = await pairedAutocannonRates(urls.emulatorUrl, urls.floorUrl, serverCpuSeconds);
  return [...informational(FLOOR, BARE, floor), ...informational("emulator against the floor", FLOOR, emulator)];
}
