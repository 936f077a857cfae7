import { prepareRequest } from "../harness/sender/prepareRequest.ts";
import { autocannonRate } from "./autocannonRate.ts";
import { benchTarget } from "./benchTarget.ts";
import { median } from "./median.ts";
import { oneEventRequest } from "./oneEventRequest.ts";
import { type PairedRates, pairedRates } from "./pairedRates.ts";

export const AUTOCANNON_ROUNDS = 3;

/** Median CPU microseconds per request of the measured server and of the baseline, over the same rounds. */
export interface PairedCpuPerRequest {
  measured: number;
  baseline: number;
}

export interface PairedAutocannonRates extends PairedRates {
  /** Undefined when the servers' CPU time cannot be read here (no /proc). */
  cpuPerRequest?: PairedCpuPerRequest;
}

/**
 * One autocannon run against `url`, noting the servers' CPU microseconds per request in `cpuPerRequest` (the
 * servers share one process, and only the one under load works, so the process's CPU is that server's).
 */
async function runNotingCpu(
  url: string,
  prepared: Awaited<ReturnType<typeof prepareRequest>>,
  serverCpuSeconds: () => number | undefined,
  cpuPerRequest: number[],
): Promise<number> {
  const before = serverCpuSeconds();
  const run = await autocannonRate(url, prepared);
  const after = serverCpuSeconds();
  if (before !== undefined && after !== undefined && run.requests > 0) {
    cpuPerRequest.push(((after - before) / run.requests) * 1e6);
  }
  return run.rate;
}

/**
 * A server's rate for single-event requests against a baseline server's, same load, in paired rounds, and each
 * one's CPU per request (steadier than rates on a shared machine). Each is sent the request signed for its own
 * host (autocannon writes the Host header), so a baseline that checks SigV4 too accepts it.
 */
export async function pairedAutocannonRates(
  url: string,
  baselineUrl: string,
  serverCpuSeconds: () => number | undefined,
): Promise<PairedAutocannonRates> {
  const prepared = await prepareRequest(benchTarget(url), oneEventRequest);
  const baselinePrepared = await prepareRequest(benchTarget(baselineUrl), oneEventRequest);
  const measuredCpu: number[] = [];
  const baselineCpu: number[] = [];
  const rates = await pairedRates(
    AUTOCANNON_ROUNDS,
    () => runNotingCpu(url, prepared, serverCpuSeconds, measuredCpu),
    () => runNotingCpu(baselineUrl, baselinePrepared, serverCpuSeconds, baselineCpu),
  );
  const complete = measuredCpu.length === AUTOCANNON_ROUNDS && baselineCpu.length === AUTOCANNON_ROUNDS;
  return complete
    ? { ...rates, cpuPerRequest: { measured: median(measuredCpu), baseline: median(baselineCpu) } }
    : rates;
}
