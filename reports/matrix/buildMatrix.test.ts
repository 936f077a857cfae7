import { describe, expect, it } from "vitest";
import { sampleCaseResult } from "../testing/sampleCaseResult.ts";
import { SAMPLE_CATEGORIES } from "../testing/sampleCases.ts";
import { sampleRunDocument } from "../testing/sampleRunDocument.ts";
import { buildMatrix } from "./buildMatrix.ts";

const emulator = sampleRunDocument();
const faulty = sampleRunDocument({ target: { fault: "duplicates-500" } });
const vendor = sampleRunDocument({
  target: { endpoint: "https://vendor.example", embedded: false },
  cases: [sampleCaseResult({ id: "OnlyOnVendor", category: "malformed" }), sampleCaseResult()],
});

describe("buildMatrix", () => {
  it.each<[string, { given: Parameters<typeof buildMatrix>[0]; want: string[] }]>([
    ["names a column by its endpoint", { given: [{ run: emulator }], want: ["http://127.0.0.1:4566"] }],
    [
      "names a column by endpoint and fault",
      { given: [{ run: faulty }], want: ["http://127.0.0.1:4566 (fault duplicates-500)"] },
    ],
    ["keeps a name given", { given: [{ name: "LocalStack", run: emulator }], want: ["LocalStack"] }],
    [
      "tells apart two columns with one name",
      { given: [{ run: emulator }, { run: emulator }], want: ["http://127.0.0.1:4566", "http://127.0.0.1:4566 #2"] },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(buildMatrix(given).columns).toEqual(want);
  });

  const matrix = buildMatrix([{ run: emulator }, { run: vendor }]);
  const row = (id: string) => matrix.groups.flatMap((g) => g.rows).find((r) => r.id === id);

  it.each<[string, { given: string; want: unknown }]>([
    [
      "takes the answer that came back most, with a status other than 400",
      {
        given: "DuplicateEventIdsAreRejected",
        want: [{ outcome: "fail", answer: "DuplicatedAuditEventId" }, undefined],
      },
    ],
    [
      "marks a case a run did not have",
      { given: "OnlyOnVendor", want: [undefined, { outcome: "pass", answer: "200" }] },
    ],
    [
      "leaves the answer out when nothing came back",
      { given: "ForeignChannelIsRefused", want: [{ outcome: "not-applicable" }, undefined] },
    ],
    [
      "keeps the status of an observed answer",
      {
        given: "MissingExternalIdIsRefused",
        want: [{ outcome: "observed", answer: "403 AccessDeniedException" }, undefined],
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(row(given)?.cells).toEqual(want);
  });

  it("groups rows by category in catalogue order", () => {
    expect(matrix.groups.map((g) => g.category)).toEqual(SAMPLE_CATEGORIES);
    expect(matrix.groups.at(-1)?.rows.map((r) => r.id)).toEqual(["TruncatedJsonBodyIsRejected", "OnlyOnVendor"]);
  });
});
