import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../catalogue/catalogue.ts";
import { FAULTS } from "../emulator/faults/faults.ts";
import { LIKELY_KILLERS } from "./likelyKillers.ts";

describe("LIKELY_KILLERS", () => {
  it("names a likely killer for every fault, and only faults that exist", () => {
    expect(Object.keys(LIKELY_KILLERS).sort()).toEqual(FAULTS.map((fault) => fault.id).sort());
  });

  it("names only cases of the catalogue", () => {
    const caseIds = new Set(CATALOGUE.map((caseDef) => caseDef.id));
    expect(Object.values(LIKELY_KILLERS).filter((caseId) => !caseIds.has(caseId))).toEqual([]);
  });
});
