import { describe, expect, it } from "vitest";
import type { Expectation } from "../../harness/model/expectation.ts";
import { answerAcceptable } from "./answerAcceptable.ts";

const rejectNotFound: Expectation = { reject: { statuses: [400], errors: ["ChannelNotFound"] } };

describe("answerAcceptable", () => {
  it.each<[string, { given: [string, Expectation]; want: boolean }]>([
    ["accepts a documented error name", { given: ["ChannelNotFound", rejectNotFound], want: true }],
    ["refuses an undocumented error name", { given: ["InternalFailure", rejectNotFound], want: false }],
    ["refuses a 200 when the case only rejects", { given: ["200", rejectNotFound], want: false }],
    ["accepts a 200 when the case accepts success", { given: ["200", { accept: {} }], want: true }],
    [
      "never accepts a transport error",
      { given: ["transport:timeout", { accept: {}, ...rejectNotFound }], want: false },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(answerAcceptable(...given)).toBe(want);
  });
});
