import { describe, expect, it } from "vitest";
import { topAnswer } from "./topAnswer.ts";

describe("topAnswer", () => {
  it.each<[string, { given: Record<string, number>; want: string | undefined }]>([
    ["picks the most frequent answer", { given: { A: 1, B: 5 }, want: "B" }],
    ["breaks ties in column order, 200 first", { given: { Zed: 2, "200": 2 }, want: "200" }],
    ["has nothing to say about a case that sent nothing", { given: {}, want: undefined }],
  ])("%s", (_name, { given, want }) => {
    expect(topAnswer(given)).toBe(want);
  });
});
