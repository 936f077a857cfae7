import { describe, expect, it } from "vitest";
import { describeFsError } from "./describeFsError.ts";

const fsError = (code: string, message: string): Error => Object.assign(new Error(message), { code });

describe("describeFsError", () => {
  it.each<[string, { given: unknown; want: string }]>([
    [
      "words a full disk",
      { given: fsError("ENOSPC", "ENOSPC: no space left on device, write"), want: "no space left on device (ENOSPC)" },
    ],
    [
      "words a permission problem",
      { given: fsError("EACCES", "EACCES: permission denied, open '/x'"), want: "permission denied (EACCES)" },
    ],
    [
      "words a file where a directory should be",
      {
        given: fsError("ENOTDIR", "ENOTDIR: not a directory"),
        want: "a parent path is a file, not a directory (ENOTDIR)",
      },
    ],
    [
      "keeps the first line of an unknown code's message",
      { given: fsError("EWEIRD", "odd\nstack"), want: "odd (EWEIRD)" },
    ],
    ["keeps the first line of an error without a code", { given: new Error("plain\nmore"), want: "plain" }],
    ["stringifies what is not an error", { given: 42, want: "42" }],
  ])("%s", (_name, { given, want }) => {
    expect(describeFsError(given)).toBe(want);
  });
});
