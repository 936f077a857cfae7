import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { emulatorTarget } from "../emulator/emulatorTarget.ts";
import { type RunningEmulator, startEmulator } from "../emulator/startEmulator.ts";
import type { Expectation } from "../model/expectation.ts";
import { runSuite } from "../runner/runSuite.ts";
import exportSchema from "./export.schema.json" with { type: "json" };
import { exportCatalogue } from "./exportCatalogue.ts";
import type { ExportDocument } from "./exportDocument.ts";

const SEED = 4242;
const RUNS = 2;
const REPLAYER = fileURLToPath(new URL("./testing/replayExport.mjs", import.meta.url));
const run = promisify(execFile);

interface Replayed {
  caseId: string;
  index: number;
  status: number;
  errorName?: string;
}

/** The verdict the exported data lets any runner reach: an accepted 200, or a documented status and error name. */
function acceptable(expectation: Expectation, { status, errorName }: Replayed): boolean {
  if (status === 200) return expectation.accept !== undefined;
  const reject = expectation.reject;
  return (reject?.statuses.includes(status) ?? false) && (reject?.errors.includes(errorName ?? "") ?? false);
}

const validate = new Ajv2020({ strict: false }).compile(exportSchema);

/** The export both describes read: drawn once (determinism is asserted against a second, fresh export). */
let exported: Promise<ExportDocument> | undefined;
const sharedExport = () => {
  exported ??= exportCatalogue({ catalogue: CATALOGUE, seed: SEED, runs: RUNS });
  return exported;
};

describe("exportCatalogue", () => {
  let document: ExportDocument;
  beforeAll(async () => {
    document = await sharedExport();
  });

  it("is deterministic for a seed, and another seed gives other requests", async () => {
    const again = await exportCatalogue({ catalogue: CATALOGUE, seed: SEED, runs: RUNS });
    const other = await exportCatalogue({ catalogue: CATALOGUE.slice(0, 1), seed: SEED + 1, runs: RUNS });
    expect(JSON.stringify(again)).toBe(JSON.stringify(document));
    expect(other.cases[0]?.instances).not.toEqual(document.cases[0]?.instances);
  });

  it("exports every case with its instances, and no credentials", () => {
    expect(document.cases.map((entry) => entry.id)).toEqual(CATALOGUE.map((entry) => entry.id));
    for (const entry of document.cases) expect(entry.instances.length, entry.id).toBeGreaterThan(0);
    const headerNames = document.cases.flatMap((entry) =>
      entry.instances.flatMap((instance) => Object.keys(instance.request.headers).map((name) => name.toLowerCase())),
    );
    expect(headerNames).not.toContain("authorization");
    expect(headerNames).not.toContain("x-amz-date");
    expect(headerNames).toContain("content-type");
  });

  it.each<[string, { given: (doc: ExportDocument) => unknown; want: boolean }]>([
    ["accepts the exported document", { given: (doc) => doc, want: true }],
    ["rejects a document without cases", { given: (doc) => ({ ...doc, cases: undefined }), want: false }],
    [
      "rejects an instance whose body is neither text nor base64",
      {
        given: (doc) => ({
          ...doc,
          cases: [{ ...doc.cases[0], instances: [{ request: { ...doc.cases[0]?.instances[0]?.request, body: {} } }] }],
        }),
        want: false,
      },
    ],
  ])("its JSON Schema %s", (_name, { given, want }) => {
    expect(validate(given(document)), JSON.stringify(validate.errors)).toBe(want);
  });
});

describe("a plain-Node replay of the export reaches the same verdicts as run", () => {
  const emulators: Record<string, RunningEmulator> = {};
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pae-export-"));
    file = join(dir, "catalogue.json");
    writeFileSync(file, JSON.stringify(await sharedExport()));
    emulators.faithful = await startEmulator();
    emulators.DuplicateIdsAsValidationException = await startEmulator({
      faults: ["DuplicateIdsAsValidationException"],
    });
    emulators.UnknownChannelAccepted = await startEmulator({ faults: ["UnknownChannelAccepted"] });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(Object.values(emulators).map((emulator) => emulator.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["the faithful emulator", "faithful", []],
    [
      "a fault that names duplicates ValidationException",
      "DuplicateIdsAsValidationException",
      ["DuplicateIdsAreRejected"],
    ],
    ["a fault that ingests into unknown channels", "UnknownChannelAccepted", ["UnknownChannelIsRejected"]],
  ])(
    "against %s",
    async (_name, key, wantFailing) => {
      const emulator = emulators[key] as RunningEmulator;
      const env = {
        ...process.env,
        AWS_ACCESS_KEY_ID: emulator.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: emulator.credentials.secretAccessKey,
      };
      const { stdout } = await run(process.execPath, [REPLAYER, file, emulator.url], {
        env,
        maxBuffer: 64 * 1024 * 1024,
        timeout: 120_000,
      });
      const replayed = JSON.parse(stdout) as Replayed[];
      expect(replayed.length).toBe(CATALOGUE.length * RUNS - countCapped());
      const failingByReplay = new Set(
        replayed
          .filter((answer) => {
            const caseDef = CATALOGUE.find((entry) => entry.id === answer.caseId);
            return caseDef !== undefined && !acceptable(caseDef.expect, answer);
          })
          .map((answer) => answer.caseId),
      );
      const byRun = await runSuite({
        target: emulatorTarget(emulator),
        catalogue: CATALOGUE,
        seed: SEED,
        runs: RUNS,
        embedded: true,
      });
      const failingByRun = byRun.cases.filter((result) => result.outcome === "fail").map((result) => result.id);
      // The same verdicts both ways; other cases may catch the same fault too (an unknown channel is also what
      // the real ARN's variants name), so the fault's own case must be among them.
      expect([...failingByReplay].sort()).toEqual(failingByRun.sort());
      expect(failingByRun).toEqual(expect.arrayContaining([...wantFailing]));
      if (wantFailing.length === 0) expect(failingByRun).toEqual([]);
    },
    180_000,
  );
});

/** Heavy cases keep their cap on runs, in the export as in run. */
function countCapped(): number {
  return CATALOGUE.reduce((total, entry) => total + Math.max(0, RUNS - Math.min(RUNS, entry.maxRuns ?? RUNS)), 0);
}
