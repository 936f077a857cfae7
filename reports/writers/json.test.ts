import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RunDocument } from "../../harness/model/runDocument.ts";
import { anyRunDocument } from "../testing/arbitraries/anyRunDocument.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { json } from "./json.ts";

/** The same data with every object's keys in reverse order, as a differently written runner might build it. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe("json", () => {
  it("round-trips the document", () => {
    fc.assert(
      fc.property(anyRunDocument(), (doc) => {
        expect(JSON.parse(json(doc))).toEqual(doc);
      }),
    );
  });

  it("writes the same text whatever order the keys were built in", () => {
    fc.assert(
      fc.property(anyRunDocument(), (doc) => {
        expect(json(reverseKeys(doc) as RunDocument)).toBe(json(doc));
      }),
    );
  });

  it.each<[string, { given: (text: string) => unknown; want: unknown }]>([
    ["puts schemaVersion first", { given: (text) => Object.keys(JSON.parse(text))[0], want: "schemaVersion" }],
    [
      "orders a case as the schema declares it",
      { given: (text) => Object.keys(JSON.parse(text).cases[0]).slice(0, 3), want: ["id", "title", "category"] },
    ],
    [
      "sorts map keys such as answersSeen",
      {
        given: (text) => Object.keys(JSON.parse(text).cases[2].answersSeen),
        want: ["DuplicatedAuditEventId", "InternalFailure"],
      },
    ],
    ["ends with a newline", { given: (text) => text.endsWith("}\n"), want: true }],
  ])("%s", (_name, { given, want }) => {
    expect(given(json(sampleRunDocument()))).toEqual(want);
  });
});
