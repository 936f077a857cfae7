import { faultShardSuite } from "./testing/faultShardSuite.ts";

// The faults are split over two files so that vitest runs them on both cores; mutants.test.ts has the readings.
faultShardSuite(1);
