import { prepareRequest } from "../harness/sender/prepareRequest.ts";
import { autocannonRate } from "./autocannonRate.ts";
import { benchTarget } from "./benchTarget.ts";
import { oneEventRequest } from "./oneEventRequest.ts";
import { type PairedRates, pairedRates } from "./pairedRates.ts";

export const AUTOCANNON_ROUNDS = 3;

/**
 * A server's rate for single-event requests against the bare baseline's, same load, in paired rounds. The request
 * is signed for the measured server's own host, which autocannon sends to both.
 */
export async function pairedAutocannonRates(url: string, bareUrl: string): Promise<PairedRates> {
  const prepared = await prepareRequest(benchTarget(url), oneEventRequest);
  return pairedRates(
    AUTOCANNON_ROUNDS,
    () => autocannonRate(url, prepared),
    () => autocannonRate(bareUrl, prepared),
  );
}
