import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Files that run for tens of seconds, longest first: started before the short ones so that the two workers
 * finish together instead of one of them running a long file alone at the end.
 */
const SLOWEST_FIRST = [
  "suites/mutants",
  "suites/package.test.ts",
  "harness/emulator/memoryBound.test.ts",
  "suites/hostile.test.ts",
  "suites/conformance.test.ts",
  "suites/emulatorFuzz.test.ts",
  "suites/client.test.ts",
  "suites/shardedWorkflow.test.ts",
  "suites/interrupt.test.ts",
  "harness/export/exportCatalogue.test.ts",
  "harness/emulator/awsCli.test.ts",
  "harness/mutants/preparedCase.test.ts",
  "suites/secrets.test.ts",
  "harness/cli/clientCommand.test.ts",
  "suites/cli.test.ts",
];

const rank = (spec: TestSpecification) => {
  const index = SLOWEST_FIRST.findIndex((prefix) => spec.moduleId.includes(`/${prefix}`));
  return index === -1 ? SLOWEST_FIRST.length : index;
};

class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

const UNIT_FILES = ["harness/**/*.test.ts", "reports/**/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // vitest's default (cores - 1) is one worker on two cores; most long files wait on child processes or sockets.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: SlowestFirstSequencer },
    globalSetup: ["suites/testing/buildBundle.ts"],
    env: { REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    projects: [
      {
        extends: true,
        // Unit tests keep no process-wide state: they share a worker and its loaded modules.
        test: { name: "unit", include: UNIT_FILES, isolate: false },
      },
      {
        extends: true,
        // Suites measure their own process's memory, spawn CLIs and intercept HTTP: each has a process.
        test: { name: "suites", include: ["suites/**/*.test.ts", "bench/**/*.test.ts"], isolate: true },
      },
    ],
  },
});
