import fc from "fast-check";
import { CATALOGUE } from "../harness/catalogue/catalogue.ts";
import type { CaseInstance } from "../harness/model/caseRequest.ts";
import { caseContext } from "../harness/runner/caseContext.ts";
import type { BenchFigure } from "./benchFigure.ts";
import { benchTarget } from "./benchTarget.ts";

const SEED = 20261125;

/** What each generation figure samples: a catalogue case and how many values. */
const SAMPLED = [
  { caseId: "MaxEventsAreAccepted", what: "100-event valid batch", values: 200 },
  { caseId: "RequestNearSizeLimitIsAccepted", what: "~1 MB valid request", values: 20 },
] as const;

function arbitraryOf(caseId: string): fc.Arbitrary<CaseInstance> {
  const entry = CATALOGUE.find((candidate) => candidate.id === caseId);
  if (entry === undefined) throw new Error(`no catalogue case ${caseId}`);
  return entry.generate(caseContext(benchTarget("http://127.0.0.1:1")));
}

/** Values per second the catalogue's arbitraries produce (generation only, nothing sent). */
export function measureGeneration(): BenchFigure[] {
  return SAMPLED.map(({ caseId, what, values }) => {
    const arbitrary = arbitraryOf(caseId);
    fc.sample(arbitrary, { seed: SEED, numRuns: 3 });
    const begin = performance.now();
    fc.sample(arbitrary, { seed: SEED + 1, numRuns: values });
    const rate = values / ((performance.now() - begin) / 1000);
    return { name: `generation: ${what} (${caseId})`, value: rate, unit: "values/s", goal: "none", met: true };
  });
}
