import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RunDocument } from "../../harness/model/runDocument.ts";
import { anyRunDocument } from "../testing/arbitraries/anyRunDocument.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { validateRunDocument } from "./validateRunDocument.ts";

type Mutation = (doc: RunDocument) => unknown;

describe("validateRunDocument", () => {
  it("accepts the realistic sample run, typed as RunDocument", () => {
    const doc: RunDocument = sampleRunDocument();
    expect(validateRunDocument(doc)).toEqual({ ok: true });
  });

  it("accepts every random run document the arbitrary builds", () => {
    fc.assert(
      fc.property(anyRunDocument(), (doc) => {
        const result = validateRunDocument(doc);
        if (!result.ok) throw new Error(result.errors.join("; "));
      }),
      { numRuns: 200 },
    );
  });

  it.each<[string, { given: Mutation; want: string }]>([
    [
      "rejects a missing schemaVersion",
      { given: ({ schemaVersion, ...rest }) => rest, want: "/ must have required property 'schemaVersion'" },
    ],
    [
      "rejects schemaVersion 1",
      { given: (doc) => ({ ...doc, schemaVersion: 1 }), want: "/schemaVersion must be equal to constant (2)" },
    ],
    [
      "rejects an unknown case outcome",
      {
        given: (doc) => ({ ...doc, cases: [{ ...doc.cases[0], outcome: "passed" }] }),
        want: "/cases/0/outcome must be equal to one of the allowed values (pass, fail, observed, skipped, not-applicable, unreachable)",
      },
    ],
    [
      "rejects an unknown category",
      {
        given: (doc) => ({ ...doc, cases: [{ ...doc.cases[0], category: "misc" }] }),
        want: "/cases/0/category must be equal to one of the allowed values",
      },
    ],
    [
      "rejects a case without its replay command",
      {
        given: (doc) => ({ ...doc, cases: [{ ...doc.cases[0], replay: undefined }] }),
        want: "/cases/0 must have required property 'replay'",
      },
    ],
    [
      "rejects an extra property on a closed object",
      {
        given: (doc) => ({ ...doc, run: { ...doc.run, retries: 3 } }),
        want: "/run must NOT have additional properties (retries)",
      },
    ],
    [
      "rejects an expectation with neither reject nor accept",
      {
        given: (doc) => ({ ...doc, cases: [{ ...doc.cases[0], expect: { observed: true } }] }),
        want: "/cases/0/expect must have required property 'reject'",
      },
    ],
    [
      "rejects a timestamp that is not RFC 3339",
      {
        given: (doc) => ({ ...doc, run: { ...doc.run, startedAt: "yesterday" } }),
        want: '/run/startedAt must match format "date-time"',
      },
    ],
    [
      "rejects an unknown transport error kind",
      {
        given: (doc) => ({
          ...doc,
          cases: [
            {
              ...doc.cases[0],
              exchanges: [{ ...doc.cases[0]?.exchanges[0], transportError: { kind: "dns", message: "" } }],
            },
          ],
        }),
        want: "/cases/0/exchanges/0/transportError/kind must be equal to one of the allowed values",
      },
    ],
    [
      "rejects a negative count",
      { given: (doc) => ({ ...doc, summary: { ...doc.summary, fail: -1 } }), want: "/summary/fail must be >= 0" },
    ],
    [
      "rejects a byCategory key that is not a category",
      {
        given: (doc) => ({ ...doc, summary: { ...doc.summary, byCategory: { misc: doc.summary } } }),
        want: "/summary/byCategory must be equal to one of the allowed values",
      },
    ],
  ])("%s", (_name, { given, want }) => {
    const result = validateRunDocument(given(sampleRunDocument()));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join("\n")).toContain(want);
  });
});
