import { describe, expect, it } from "vitest";
import type { CaseResult } from "../../harness/model/runDocument.ts";
import { sampleCaseResult } from "../testing/sampleCaseResult.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { type CaseDiff, diffRuns } from "./diffRuns.ts";

type Given = { base: Partial<CaseResult>[]; next: Partial<CaseResult>[] };
const run = (cases: Partial<CaseResult>[]) => sampleRunDocument({ cases: cases.map((c) => sampleCaseResult(c)) });
const X = "ValidSingleEventIsAccepted";

describe("diffRuns", () => {
  it.each<[string, { given: Given; want: Partial<CaseDiff> & { regressed: boolean } }]>([
    [
      "calls pass -> fail a regression",
      {
        given: { base: [{}], next: [{ outcome: "fail" }] },
        want: { change: "regression", before: "pass", after: "fail", regressed: true },
      },
    ],
    [
      "calls observed -> fail a regression",
      {
        given: { base: [{ outcome: "observed" }], next: [{ outcome: "fail" }] },
        want: { change: "regression", regressed: true },
      },
    ],
    [
      "calls fail -> pass a fix",
      {
        given: { base: [{ outcome: "fail" }], next: [{}] },
        want: { change: "fix", before: "fail", after: "pass", regressed: false },
      },
    ],
    [
      "calls fail -> observed a fix",
      {
        given: { base: [{ outcome: "fail" }], next: [{ outcome: "observed" }] },
        want: { change: "fix", regressed: false },
      },
    ],
    [
      "calls pass -> skipped an outcome change, not a regression",
      { given: { base: [{}], next: [{ outcome: "skipped" }] }, want: { change: "outcome-changed", regressed: false } },
    ],
    [
      "calls skipped -> fail an outcome change",
      {
        given: { base: [{ outcome: "skipped" }], next: [{ outcome: "fail" }] },
        want: { change: "outcome-changed", regressed: false },
      },
    ],
    [
      "notices an observed case whose answer changed",
      {
        given: {
          base: [{ outcome: "observed", answersSeen: { AccessDeniedException: 5 } }],
          next: [{ outcome: "observed", answersSeen: { ChannelInsufficientPermission: 5 } }],
        },
        want: {
          change: "answers-changed",
          answersAdded: ["ChannelInsufficientPermission"],
          answersRemoved: ["AccessDeniedException"],
          regressed: false,
        },
      },
    ],
    [
      "ignores answer counts, which scale with --runs",
      {
        given: { base: [{ answersSeen: { "200": 100 } }], next: [{ answersSeen: { "200": 7 } }] },
        want: { change: "unchanged", regressed: false },
      },
    ],
    [
      "lists a new case",
      { given: { base: [], next: [{ outcome: "fail" }] }, want: { change: "new", after: "fail", regressed: false } },
    ],
    [
      "calls a passing case that vanished a regression",
      { given: { base: [{}], next: [] }, want: { change: "vanished", before: "pass", regressed: true } },
    ],
    [
      "lets a failing case vanish without a regression",
      {
        given: { base: [{ outcome: "fail" }], next: [] },
        want: { change: "vanished", before: "fail", regressed: false },
      },
    ],
  ])("%s", (_name, { given, want: { regressed, ...want } }) => {
    const diff = diffRuns(run(given.base), run(given.next));
    expect(diff.cases.find((c) => c.id === X)).toMatchObject(want);
    expect(diff.regressed).toBe(regressed);
  });

  it("reports the summary counts before and after", () => {
    const diff = diffRuns(run([{}, { id: "B" }]), run([{ outcome: "fail" }]));
    expect(diff.summary).toEqual({
      before: { total: 2, pass: 2, fail: 0, observed: 0, skipped: 0, "not-applicable": 0, unreachable: 0 },
      after: { total: 1, pass: 0, fail: 1, observed: 0, skipped: 0, "not-applicable": 0, unreachable: 0 },
    });
  });

  it("orders cases by category, keeping the base run's order inside one", () => {
    const diff = diffRuns(run([{ id: "Z", category: "malformed" }, { id: "B" }]), run([{ id: "A" }]));
    expect(diff.cases.map((c) => c.id)).toEqual(["B", "A", "Z"]);
  });
});
