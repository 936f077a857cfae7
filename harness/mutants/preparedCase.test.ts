import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { emulatorTarget } from "../emulator/emulatorTarget.ts";
import { startEmulator } from "../emulator/startEmulator.ts";
import { runSuite } from "../runner/runSuite.ts";
import { generationContext } from "./generationContext.ts";
import { type PreparedCase, prepareCase } from "./preparedCase.ts";

const SEED = 4242;
const RUNS = 5;

/** Byte arrays as hex (read before Buffer's own toJSON), so that drawn values compare by content, whatever their class. */
const serialised = (value: unknown) =>
  JSON.stringify(value, function (this: Record<string, unknown>, key, item) {
    const original = this[key];
    return original instanceof Uint8Array ? Buffer.from(original).toString("hex") : item;
  });

const wireBytes = (prepared: PreparedCase) =>
  prepared.wire.map((request) => ("raw" in request.body ? request.body.raw.byteLength : -1));

describe("the mutation score's instances, drawn once per seed", async () => {
  const context = await generationContext();
  const prepared = CATALOGUE.map((caseDef) => prepareCase(caseDef, context, SEED, RUNS));

  it("are the instances run sends for the same seed, in the same order (labels and body sizes, every case)", async () => {
    const emulator = await startEmulator();
    try {
      const run = await runSuite({
        target: emulatorTarget(emulator),
        catalogue: CATALOGUE,
        seed: SEED,
        runs: RUNS,
        embedded: true,
      });
      for (const drawn of prepared) {
        const sent = run.cases.find((result) => result.id === drawn.caseDef.id);
        expect(sent?.outcome, drawn.caseDef.id).not.toBe("fail");
        expect(drawn.generatorError, drawn.caseDef.id).toBeUndefined();
        expect(
          sent?.exchanges.map((exchange) => exchange.label),
          drawn.caseDef.id,
        ).toEqual(drawn.instances.map((instance) => instance.label));
        expect(
          sent?.exchanges.map((exchange) => exchange.request.bodyBytes),
          drawn.caseDef.id,
        ).toEqual(wireBytes(drawn));
      }
    } finally {
      await emulator.close();
    }
  }, 120_000);

  it("survive the trip to another thread unchanged (structured clone, as postMessage does)", () => {
    for (const drawn of prepared) {
      const { caseDef: _caseDef, ...travelling } = drawn;
      const same = serialised(structuredClone(travelling)) === serialised(travelling);
      expect(same, `${drawn.caseDef.id} changed on the way`).toBe(true);
    }
  });

  it("differ for another seed", () => {
    const other = CATALOGUE.map((caseDef) => prepareCase(caseDef, context, SEED + 1, RUNS));
    const same =
      serialised(other.map((drawn) => drawn.instances)) === serialised(prepared.map((drawn) => drawn.instances));
    expect(same).toBe(false);
  });
});
