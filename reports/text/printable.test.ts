import { describe, expect, it } from "vitest";
import { printable } from "./printable.ts";

describe("printable", () => {
  it.each<[string, { given: string; want: string }]>([
    ["keeps ordinary text", { given: "ChannelNotFound é 👍", want: "ChannelNotFound é 👍" }],
    ["folds a CRLF into one space", { given: "a\r\nb", want: "a b" }],
    ["defuses an ANSI escape", { given: "\u001b[2Jgone\u0007", want: " [2Jgone " }],
    ["folds DEL and C1 controls", { given: "a\u007f\u0085b", want: "a b" }],
    ["folds a tab", { given: "a\tb", want: "a b" }],
  ])("%s", (_name, { given, want }) => {
    expect(printable(given)).toBe(want);
  });
});
