import { type BenchFigure, underFigure } from "./benchFigure.ts";
import type { PairedCpuPerRequest } from "./pairedAutocannonRates.ts";

/**
 * A server's CPU (user + system of its process) per request in the rounds that measured its rate, beside the
 * baseline server's in the same rounds: informational, and steadier than rates when other work shares the machine.
 */
export function cpuPerRequestFigure(
  server: string,
  cpu: PairedCpuPerRequest | undefined,
  baseline = "bare node:http fixed 200",
): BenchFigure {
  const name = `${server}: CPU per request (user + sys of the server process, same rounds)`;
  if (cpu === undefined) {
    return { name, value: null, unit: "µs", goal: "none", met: true, note: "not measured: no /proc here" };
  }
  return underFigure(name, { value: cpu.measured, unit: "µs" }, undefined, {
    name: baseline,
    value: cpu.baseline,
  });
}
