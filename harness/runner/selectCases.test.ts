import { describe, expect, it } from "vitest";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import { type CaseSelection, selectCases, UnknownSelectionError } from "./selectCases.ts";

const entry = (id: string, category: CaseDefinition["category"]) => ({ id, category }) as CaseDefinition;
const CATALOGUE = [
  entry("A", "valid"),
  entry("B", "valid"),
  entry("C", "duplicates"),
  entry("D", "size"),
  entry("E", "size"),
];
const ids = (selection: CaseSelection) => selectCases(CATALOGUE, selection).map((c) => c.id);

describe("selectCases", () => {
  it.each<[string, { given: CaseSelection; want: string[] }]>([
    ["keeps everything by default", { given: {}, want: ["A", "B", "C", "D", "E"] }],
    ["keeps only a category", { given: { only: ["size"] }, want: ["D", "E"] }],
    ["keeps only named cases", { given: { only: ["A", "E"] }, want: ["A", "E"] }],
    ["mixes categories and cases", { given: { only: ["valid", "D"] }, want: ["A", "B", "D"] }],
    ["leaves out skipped ones", { given: { skip: ["valid", "E"] }, want: ["C", "D"] }],
    ["takes shard 1 of 2 by position", { given: { shard: { index: 1, total: 2 } }, want: ["A", "C", "E"] }],
    ["takes shard 2 of 2 by position", { given: { shard: { index: 2, total: 2 } }, want: ["B", "D"] }],
    ["shards after filtering", { given: { only: ["size"], shard: { index: 2, total: 2 } }, want: ["E"] }],
  ])("%s", (_name, { given, want }) => {
    expect(ids(given)).toEqual(want);
  });

  it("rejects an unknown category or case with the known categories", () => {
    expect(() => ids({ only: ["nope"] })).toThrow(UnknownSelectionError);
    expect(() => ids({ skip: ["Nope"] })).toThrow(/unknown category or case: Nope/);
  });
});
