import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RunDocument } from "../../harness/model/runDocument.ts";
import { validateRunDocument } from "../schema/validateRunDocument.ts";
import { anyRunDocument } from "../testing/arbitraries/anyRunDocument.ts";
import { SAMPLE_CASES } from "../testing/sampleCases.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { MergeError } from "./mergeError.ts";
import { mergeRuns } from "./mergeRuns.ts";

/** Shard `index` of `total`: the sample cases whose position falls to it, round robin. */
function shard(index: number, total: number, run: Partial<RunDocument["run"]> = {}): RunDocument {
  const cases = SAMPLE_CASES.filter((_, i) => i % total === index - 1).map((c) => structuredClone(c));
  return sampleRunDocument({ cases, run: { shard: { index, total }, ...run } });
}

describe("mergeRuns", () => {
  const merged = mergeRuns([shard(2, 3), shard(1, 3), shard(3, 3)]);

  it.each<[string, { given: (run: RunDocument) => unknown; want: unknown }]>([
    [
      "takes the union of the shards' cases",
      { given: (r) => r.cases.map((c) => c.id).sort(), want: SAMPLE_CASES.map((c) => c.id).sort() },
    ],
    [
      "orders cases by category",
      { given: (r) => r.cases.map((c) => c.category), want: SAMPLE_CASES.map((c) => c.category) },
    ],
    [
      "recomputes the summary as if the run had not been sharded",
      { given: (r) => r.summary, want: sampleRunDocument().summary },
    ],
    ["removes the shard field", { given: (r) => "shard" in r.run, want: false }],
    ["is complete when every shard is", { given: (r) => r.run.complete, want: true }],
    ["validates against the schema", { given: (r) => validateRunDocument(r), want: { ok: true } }],
  ])("%s", (_name, { given, want }) => {
    expect(given(merged)).toEqual(want);
  });

  it.each<[string, { given: RunDocument[]; want: string }]>([
    [
      "is incomplete when a shard is, saying which and why",
      { given: [shard(1, 2), shard(2, 2, { complete: false, incompleteReason: "SIGINT" })], want: "shard 2/2: SIGINT" },
    ],
    ["is incomplete when a shard is missing", { given: [shard(1, 3), shard(3, 3)], want: "missing shard 2/3" }],
  ])("%s", (_name, { given, want }) => {
    const run = mergeRuns(given).run;
    expect(run.complete).toBe(false);
    expect(run.incompleteReason).toBe(want);
  });

  it.each<[string, { given: RunDocument[]; want: string }]>([
    [
      "refuses a case present in two shards",
      {
        given: [shard(1, 2), shard(1, 2, { shard: { index: 2, total: 2 } })],
        want: "cannot merge runs: case ValidSingleEventIsAccepted is in both shard 1/2 and shard 2/2",
      },
    ],
    [
      "refuses shards of another target",
      {
        given: [
          { ...shard(1, 2), target: { ...shard(1, 2).target, embedded: false } },
          { ...shard(2, 2), target: { ...shard(2, 2).target, embedded: false, endpoint: "http://other" } },
        ],
        want: "cannot merge runs: shard 2/2 ran against another target or seed than shard 1/2",
      },
    ],
    [
      "refuses shards of another seed",
      {
        given: [shard(1, 2), shard(2, 2, { seed: 7 })],
        want: "cannot merge runs: shard 2/2 ran against another target or seed than shard 1/2",
      },
    ],
    ["refuses an empty list", { given: [], want: "cannot merge runs: no run document given" }],
  ])("%s", (_name, { given, want }) => {
    expect(() => mergeRuns(given)).toThrow(MergeError);
    expect(() => mergeRuns(given)).toThrow(want);
  });

  it("merges embedded-emulator shards whose emulators listened on different ports", () => {
    const second = { ...shard(2, 2), target: { ...shard(2, 2).target, endpoint: "http://127.0.0.1:2" } };
    expect(mergeRuns([shard(1, 2), second]).run.complete).toBe(true);
  });

  it("spans the shards' times and keeps the slowest shard's duration", () => {
    const a = shard(1, 2, { startedAt: "2026-01-15T10:00:05.000Z", finishedAt: "2026-01-15T10:00:09.000Z" });
    const b = shard(2, 2, { startedAt: "2026-01-15T10:00:00.000Z", finishedAt: "2026-01-15T10:00:07.000Z" });
    b.summary.durationMs = 9000;
    const run = mergeRuns([a, b]);
    expect([run.run.startedAt, run.run.finishedAt, run.summary.durationMs]).toEqual([
      "2026-01-15T10:00:00.000Z",
      "2026-01-15T10:00:09.000Z",
      9000,
    ]);
  });

  it("gives back a single run's cases and counts unchanged", () => {
    fc.assert(
      fc.property(anyRunDocument(), (doc) => {
        const { shard: _shard, ...run } = doc.run;
        const merged = mergeRuns([{ ...doc, run }]);
        expect(merged.summary).toEqual(doc.summary);
        expect(new Set(merged.cases)).toEqual(new Set(doc.cases));
      }),
    );
  });
});
