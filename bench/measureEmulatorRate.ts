import { AUTOCANNON_CONNECTIONS, AUTOCANNON_SECONDS } from "./autocannonRate.ts";
import { type BenchFigure, ratioFigure } from "./benchFigure.ts";
import { AUTOCANNON_ROUNDS, pairedAutocannonRates } from "./pairedAutocannonRates.ts";

/** The emulator's rate for single-event requests against a bare node:http server's fixed 200, same load. */
export async function measureEmulatorRate(emulatorUrl: string, bareUrl: string): Promise<BenchFigure> {
  const rates = await pairedAutocannonRates(emulatorUrl, bareUrl);
  return ratioFigure(
    `emulator with SigV4 authentication on, 1-event requests (autocannon, ${AUTOCANNON_CONNECTIONS} connections, ${AUTOCANNON_ROUNDS}x${AUTOCANNON_SECONDS} s)`,
    { value: rates.measured, unit: "req/s" },
    { name: "bare node:http fixed 200", value: rates.baseline },
    0.5,
    rates.ratio,
  );
}
