import { describe, expect, it } from "vitest";
import { sampleRunDocument } from "../../reports/testing/sampleRunDocument.ts";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import {
  type CaseSelection,
  keepCategories,
  selectCases,
  selectClientCategories,
  UnknownSelectionError,
} from "./selectCases.ts";

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

  it.each([["client-answers"], ["client-requests"]])(
    "rejects the client category %s and says where it belongs",
    (name) => {
      expect(() => ids({ only: [name] })).toThrow(UnknownSelectionError);
      expect(() => ids({ only: [name] })).toThrow(
        `${name} is a client category: pae-conformance client --only ${name}`,
      );
    },
  );
});

describe("selectClientCategories", () => {
  it.each<[string, { given: string[]; want: string[] }]>([
    ["keeps both client categories by default", { given: [], want: ["client-requests", "client-answers"] }],
    ["keeps the one named", { given: ["client-answers"], want: ["client-answers"] }],
    [
      "keeps them in report order",
      { given: ["client-answers", "client-requests"], want: ["client-requests", "client-answers"] },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(selectClientCategories(given)).toEqual(want);
  });

  it.each<[string, { given: string[]; want: string }]>([
    [
      "rejects a server category and says where it belongs",
      { given: ["duplicates"], want: "duplicates is a server category: pae-conformance run --only duplicates" },
    ],
    [
      "rejects an unknown name with the client categories",
      { given: ["nope"], want: "unknown category or case: nope (categories: client-requests, client-answers)" },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(() => selectClientCategories(given)).toThrow(want);
  });
});

describe("keepCategories", () => {
  it("keeps the cases of the categories given and recounts the summary", () => {
    const run = sampleRunDocument();
    const kept = keepCategories(run, ["channel"]);
    expect(kept.cases.map((c) => c.category)).toEqual(["channel", "channel"]);
    expect(kept.summary.total).toBe(2);
    expect(Object.keys(kept.summary.byCategory)).toEqual(["channel"]);
    expect(kept.summary.exchanges).toBe(run.summary.exchanges);
  });
});
