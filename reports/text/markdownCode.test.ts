import { describe, expect, it } from "vitest";
import { markdownCode } from "./markdownCode.ts";

describe("markdownCode", () => {
  it.each<[string, { given: string; want: string }]>([
    ["wraps plain text in single backticks", { given: "npx x", want: "`npx x`" }],
    ["fences text holding backticks with a longer run", { given: "a `b` c", want: "``a `b` c``" }],
    ["pads text that starts with a backtick", { given: "`a", want: "`` `a ``" }],
    ["escapes pipes", { given: "a|b", want: "`a\\|b`" }],
    ["folds line breaks", { given: "a\nb", want: "`a b`" }],
  ])("%s", (_name, { given, want }) => {
    expect(markdownCode(given)).toBe(want);
  });
});
