import { describe, expect, it } from "vitest";
import type { ProcessUsage } from "./measureProcess.ts";
import { medianUsage } from "./medianUsage.ts";

const run = (wallMs: number, cpuMs: number, peakRssBytes: number, exitCode: number | null = 0): ProcessUsage => ({
  wallMs,
  cpuMs,
  peakRssBytes,
  exitCode,
  timedOut: exitCode === null,
});

describe("medianUsage", () => {
  it("takes the median wall and CPU time and the largest peak of the runs", () => {
    expect(medianUsage([run(6_000, 11_000, 200), run(4_900, 9_000, 250), run(5_200, 12_000, 230)])).toEqual(
      run(5_200, 11_000, 250),
    );
  });

  it("gives a single run as it is", () => {
    expect(medianUsage([run(7_000, 9_000, 100)])).toEqual(run(7_000, 9_000, 100));
  });

  it("gives the first run that failed or was killed, whatever the others measured", () => {
    expect(medianUsage([run(5_000, 9_000, 100), run(6_000, 9_500, 90, 1), run(1_000, 10, 10, null)])).toEqual(
      run(6_000, 9_500, 90, 1),
    );
    expect(medianUsage([run(5_000, 9_000, 100), run(120_000, 9_500, 90, null)])).toEqual(run(120_000, 9_500, 90, null));
  });
});
