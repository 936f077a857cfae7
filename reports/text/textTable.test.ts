import { describe, expect, it } from "vitest";
import { textTable } from "./textTable.ts";

describe("textTable", () => {
  it.each<[string, { given: number[]; want: string }]>([
    [
      "pads every column to its widest cell, left-aligned",
      { given: [], want: "name  n\n----  ---\nab    1\nc     100" },
    ],
    ["right-aligns the columns asked for", { given: [1], want: "name    n\n----  ---\nab      1\nc     100" }],
  ])("%s", (_name, { given, want }) => {
    expect(
      textTable(
        ["name", "n"],
        [
          ["ab", "1"],
          ["c", "100"],
        ],
        given,
      ),
    ).toBe(want);
  });

  it("counts an emoji as one column, not two UTF-16 units", () => {
    expect(textTable(["x"], [["👍"]]).split("\n")[2]).toBe("👍");
  });
});
