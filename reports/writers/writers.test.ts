import { describe, expect, it } from "vitest";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { reportFormat, UnknownReportFormatError } from "./reportFormat.ts";
import { REPORT_FORMATS, WRITERS } from "./writers.ts";

describe("WRITERS", () => {
  it("lists every format in REPORT_FORMATS", () => {
    expect([...REPORT_FORMATS].sort()).toEqual(Object.keys(WRITERS).sort());
  });

  it.each(REPORT_FORMATS.map((format) => [format]))("renders %s deterministically from the run alone", (format) => {
    const run = sampleRunDocument();
    const before = structuredClone(run);
    expect(WRITERS[format].render(run)).toBe(WRITERS[format].render(sampleRunDocument()));
    expect(run).toEqual(before);
  });
});

describe("reportFormat", () => {
  it.each<[string, { given: string; want: string }]>([
    ["reads a known format", { given: "junit", want: "junit" }],
    ["reads markdown", { given: "markdown", want: "markdown" }],
  ])("%s", (_name, { given, want }) => {
    expect(reportFormat(given)).toBe(want);
  });

  it("refuses an unknown format with a one-line message", () => {
    expect(() => reportFormat("pdf")).toThrow(UnknownReportFormatError);
    expect(() => reportFormat("pdf")).toThrow(
      'unknown report format "pdf"; known formats: json, junit, html, markdown',
    );
  });
});
