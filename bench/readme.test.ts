import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseBenchDocument } from "./benchDocument.ts";
import { ReadmeSectionError, readSection, replaceSection, SECTION_END, SECTION_START } from "./readmeSection.ts";
import { renderReadmeTable } from "./renderReadmeTable.ts";
import { sampleBenchDocument } from "./testing/sampleBenchDocument.ts";

const file = (path: string): string => readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8");
const section = (body: string): string => `${SECTION_START}\n${body}\n${SECTION_END}`;

describe("the README's performance table", () => {
  it("is the rendering of bench/readme-bench.json, byte for byte", () => {
    const doc = parseBenchDocument(file("readme-bench.json"), "bench/readme-bench.json");
    expect(readSection(file("../README.md"))).toBe(renderReadmeTable(doc));
  });

  it("is left as it is when rendered again from the same figures (the renderer is its only writer)", () => {
    const readme = file("../README.md");
    const doc = parseBenchDocument(file("readme-bench.json"), "bench/readme-bench.json");
    expect(replaceSection(readme, renderReadmeTable(doc))).toBe(readme);
  });
});

describe("renderReadmeTable", () => {
  const lines = renderReadmeTable(sampleBenchDocument).split("\n");
  it.each([
    [
      "says where and when it was measured",
      0,
      "Measured 2026-12-02 with Node v20.20.2 on 2 CPUs, load average 1.3, 0.5, 0.3.",
    ],
    [
      "writes a time beside its yardstick, with the goal not met",
      4,
      "| npm start, wall time | 7.50 s | 2.50 s (yardstick) | 3.00 | under 5 s: NOT met |",
    ],
    ["writes a met goal without a baseline", 5, "| npm start, peak RSS | 300 MB |  |  | under 350 MB: met |"],
    [
      "writes a rate with its ratio",
      6,
      "| runner sender | 5000 req/s | 6000 req/s (bare undici) | 0.83 | ratio \\>= 0.8: met |",
    ],
    [
      "says why a figure is missing",
      7,
      "| client --exec, wall time | not measured: aws not on PATH |  |  | under 60 s: NOT met |",
    ],
    [
      "notes a command killed by its cap",
      8,
      "| mutants, wall time (killed after 300 s, not finished) | 300 s |  |  | under 30 s: NOT met |",
    ],
    ["leaves the goal of an informational figure empty", 9, "| generation | 132 values/s |  |  |  |"],
  ])("%s", (_name, line, want) => {
    expect(lines[line]).toBe(want);
  });
});

describe("replaceSection", () => {
  it.each([
    ["replaces only the text between the markers", `a\n${section("old")}\nb`, `a\n${section("new")}\nb`],
    ["fills an empty section", `a\n${SECTION_START}\n${SECTION_END}\n`, `a\n${section("new")}\n`],
  ])("%s", (_name, given, want) => {
    expect(replaceSection(given, "new")).toBe(want);
  });

  it.each([
    ["no markers", "# README\n"],
    ["only a start marker", `${SECTION_START}\n`],
    ["the end before the start", `${SECTION_END}\n${SECTION_START}\n`],
    ["two sections", `${section("a")}\n${section("b")}\n`],
  ])("refuses a README with %s", (_name, given) => {
    expect(() => replaceSection(given, "new")).toThrow(ReadmeSectionError);
  });
});

describe("parseBenchDocument", () => {
  it.each([
    ["text that is not JSON", "{", /not JSON/],
    [
      "a document without figures",
      JSON.stringify({ ...sampleBenchDocument, figures: undefined }),
      /figures is not a list/,
    ],
    [
      "a figure whose value is a string",
      JSON.stringify({
        ...sampleBenchDocument,
        figures: [{ name: "x", value: "1", unit: "s", goal: "none", met: true }],
      }),
      /figures\[0\]/,
    ],
  ])("refuses %s", (_name, given, want) => {
    expect(() => parseBenchDocument(given, "given.json")).toThrow(want);
  });

  it("reads back what the bench writes", () => {
    expect(parseBenchDocument(JSON.stringify(sampleBenchDocument), "given.json")).toEqual(sampleBenchDocument);
  });
});
