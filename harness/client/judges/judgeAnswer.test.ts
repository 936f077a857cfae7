import { describe, expect, it } from "vitest";
import type { ScenarioExpectation } from "../clientScenario.ts";
import type { SurfacedAnswer } from "../surfacedAnswer.ts";
import { judgeAnswer } from "./judgeAnswer.ts";

const ids = ["a", "b"];
const success = { kind: "success" } as const;
const partial = { kind: "partial", code: "InvalidChecksum" } as const;
const notFound = { kind: "error", name: "ChannelNotFound", status: 400, retryable: false } as const;
const unavailable = { kind: "error", name: "ServiceUnavailable", status: 503, retryable: true } as const;
const malformed = { kind: "malformed" } as const;
const resolved = (value: unknown): SurfacedAnswer => ({ kind: "resolved", value });
const threw = (...names: string[]): SurfacedAnswer => ({ kind: "threw", names, text: "" });
const response = { successful: [{ id: "b", eventID: "x" }], failed: [{ id: "a", errorCode: "InvalidChecksum" }] };

const CASES: [
  string,
  { expect: ScenarioExpectation; answer: SurfacedAnswer; attempts?: number; want: [string, string][] },
][] = [
  [
    "passes a success that shows every id",
    {
      expect: success,
      answer: resolved({ successful: [{ id: "a" }, { id: "b" }], failed: [] }),
      want: [
        ["successExposed", "pass"],
        ["retriesOnlyRetryable", "pass"],
      ],
    },
  ],
  [
    "fails a success resolved as undefined",
    {
      expect: success,
      answer: resolved(undefined),
      want: [
        ["successExposed", "fail"],
        ["retriesOnlyRetryable", "pass"],
      ],
    },
  ],
  [
    "passes a partial failure that shows the failed entry",
    {
      expect: partial,
      answer: resolved(response),
      want: [
        ["failedEventsVisible", "pass"],
        ["retriesOnlyRetryable", "pass"],
      ],
    },
  ],
  [
    "passes a partial failure printed as text naming the id and code",
    {
      expect: partial,
      answer: resolved("a InvalidChecksum"),
      want: [
        ["failedEventsVisible", "pass"],
        ["retriesOnlyRetryable", "pass"],
      ],
    },
  ],
  [
    "fails a partial failure that hides failed",
    {
      expect: partial,
      answer: resolved({ successful: response.successful }),
      want: [
        ["failedEventsVisible", "fail"],
        ["retriesOnlyRetryable", "pass"],
      ],
    },
  ],
  [
    "passes an error thrown with its code",
    {
      expect: notFound,
      answer: threw("Error", "ChannelNotFound"),
      want: [
        ["errorSurfacedByName", "pass"],
        ["retriesOnlyRetryable", "pass"],
      ],
    },
  ],
  [
    "fails an error thrown under another name",
    {
      expect: notFound,
      answer: threw("UnknownError"),
      want: [
        ["errorSurfacedByName", "fail"],
        ["retriesOnlyRetryable", "pass"],
      ],
    },
  ],
  [
    "fails an error swallowed into a resolved value",
    {
      expect: notFound,
      answer: resolved(undefined),
      want: [
        ["errorSurfacedByName", "fail"],
        ["retriesOnlyRetryable", "pass"],
      ],
    },
  ],
  [
    "fails a client that retries a client error the SDKs never retry",
    {
      expect: notFound,
      answer: threw("ChannelNotFound"),
      attempts: 3,
      want: [
        ["errorSurfacedByName", "pass"],
        ["retriesOnlyRetryable", "fail"],
      ],
    },
  ],
  [
    "allows retries of a 503",
    {
      expect: unavailable,
      answer: threw("ServiceUnavailable"),
      attempts: 3,
      want: [
        ["errorSurfacedByName", "pass"],
        ["retriesOnlyRetryable", "pass"],
      ],
    },
  ],
  [
    "passes a malformed 200 that throws",
    {
      expect: malformed,
      answer: threw("SyntaxError"),
      want: [
        ["malformedNotSilent", "pass"],
        ["retriesOnlyRetryable", "pass"],
      ],
    },
  ],
  [
    "fails a malformed 200 resolved as {}",
    {
      expect: malformed,
      answer: resolved({}),
      want: [
        ["malformedNotSilent", "fail"],
        ["retriesOnlyRetryable", "pass"],
      ],
    },
  ],
  [
    "fails a call that sent nothing",
    { expect: success, answer: resolved({}), attempts: 0, want: [["requestSent", "fail"]] },
  ],
  [
    "fails a call that timed out",
    { expect: success, answer: { kind: "timed-out", afterMs: 5 }, want: [["answeredInTime", "fail"]] },
  ],
];

describe("judgeAnswer", () => {
  it.each(CASES)("%s", (_name, { expect: scenario, answer, attempts, want }) => {
    const verdicts = judgeAnswer(scenario, answer, { ids, attempts: attempts ?? 1 });
    expect(verdicts.map((v) => [v.check, v.outcome])).toEqual(want);
  });
});
