import { describe, expect, it } from "vitest";
import type { ReadingResult } from "./mutationScore.ts";
import { readingAssembly } from "./readingAssembly.ts";
import type { ReadingRun } from "./readingRuns.ts";

const runs: ReadingRun[] = [
  { label: "defaults", readings: {} },
  { label: "nullMember=absent", readings: { nullMember: "absent" } },
];
const alarm = (caseId: string) => ({ caseId, reason: `${caseId} failed` });

describe("readingAssembly", () => {
  it("hands on each run once its last case is in, the false alarms in case order, timed first start to last end", () => {
    const done: [ReadingResult, number][] = [];
    const add = readingAssembly(runs, 3, (result, index) => done.push([result, index]));
    add({ run: 1, caseIndex: 2, falseAlarm: alarm("C"), startedAt: 1000, endedAt: 1040 });
    add({ run: 0, caseIndex: 0, startedAt: 900, endedAt: 950 });
    add({ run: 1, caseIndex: 0, falseAlarm: alarm("A"), startedAt: 1010, endedAt: 1020 });
    expect(done).toEqual([]);
    add({ run: 1, caseIndex: 1, startedAt: 995, endedAt: 1030 });
    expect(done).toEqual([[{ ...runs[1], falseAlarms: [alarm("A"), alarm("C")], durationMs: 45 }, 1]]);
    add({ run: 0, caseIndex: 2, startedAt: 960, endedAt: 970 });
    add({ run: 0, caseIndex: 1, startedAt: 955, endedAt: 980 });
    expect(done[1]).toEqual([{ ...runs[0], falseAlarms: [], durationMs: 80 }, 0]);
  });

  it("refuses a case more than the run has", () => {
    const add = readingAssembly(runs, 1, () => {});
    add({ run: 0, caseIndex: 0, startedAt: 0, endedAt: 1 });
    expect(() => add({ run: 0, caseIndex: 0, startedAt: 0, endedAt: 1 })).toThrow(/more cases than it has/);
  });

  it("completes every run at once when there are no cases", () => {
    const done: string[] = [];
    readingAssembly(runs, 0, (result) => done.push(result.label));
    expect(done).toEqual(["defaults", "nullMember=absent"]);
  });
});
