import { describe, expect, it } from "vitest";
import { markdownCell, markdownTable } from "./markdownTable.ts";

describe("markdownCell", () => {
  it.each<[string, { given: string; want: string }]>([
    ["escapes a pipe so the row keeps its columns", { given: "a|b", want: "a\\|b" }],
    ["folds line breaks into spaces", { given: "a\r\nb", want: "a b" }],
    ["neutralises inline HTML", { given: "<script>", want: "\\<script\\>" }],
    ["neutralises emphasis and code", { given: "*x* `y`", want: "\\*x\\* \\`y\\`" }],
  ])("%s", (_name, { given, want }) => {
    expect(markdownCell(given)).toBe(want);
  });
});

describe("markdownTable", () => {
  it.each<[string, { given: number[]; want: string }]>([
    ["left-aligns columns by default", { given: [], want: "| a | b |\n| --- | --- |\n| x | 1 |" }],
    ["right-aligns the columns asked for", { given: [1], want: "| a | b |\n| --- | ---: |\n| x | 1 |" }],
  ])("%s", (_name, { given, want }) => {
    expect(markdownTable(["a", "b"], [["x", "1"]], given)).toBe(want);
  });
});
