import { prepareRequest } from "../harness/sender/prepareRequest.ts";
import { AUTOCANNON_CONNECTIONS, AUTOCANNON_SECONDS, autocannonRate } from "./autocannonRate.ts";
import { type BenchFigure, ratioFigure } from "./benchFigure.ts";
import { benchTarget } from "./benchTarget.ts";
import { oneEventRequest } from "./oneEventRequest.ts";
import { pairedRates } from "./pairedRates.ts";

const ROUNDS = 3;

/** The emulator's rate for single-event requests against a bare node:http server's fixed 200, same load. */
export async function measureEmulatorRate(emulatorUrl: string, bareUrl: string): Promise<BenchFigure> {
  const prepared = await prepareRequest(benchTarget(emulatorUrl), oneEventRequest);
  const rates = await pairedRates(
    ROUNDS,
    () => autocannonRate(emulatorUrl, prepared),
    () => autocannonRate(bareUrl, prepared),
  );
  return ratioFigure(
    `emulator with SigV4 verification, 1-event requests (autocannon, ${AUTOCANNON_CONNECTIONS} connections, ${ROUNDS}x${AUTOCANNON_SECONDS} s)`,
    { value: rates.measured, unit: "req/s" },
    { name: "bare node:http fixed 200", value: rates.baseline },
    0.5,
    rates.ratio,
  );
}
