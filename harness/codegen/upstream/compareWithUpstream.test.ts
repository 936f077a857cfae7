import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec, REPO_ROOT } from "../loadSpec.ts";
import { botocoreFacts } from "./botocoreFacts.ts";
import { compareFacts, type Disagreement, describeDisagreement, upstreamDisagreements } from "./compareWithUpstream.ts";
import type { FactName, ModelFact } from "./modelFact.ts";
import { specFacts } from "./specFacts.ts";
import { loadBotocoreModel, UPSTREAM_FILES } from "./upstreamFiles.ts";

const model = loadBotocoreModel(REPO_ROOT);
const upstream = botocoreFacts(model);
const ours = specFacts(loadSpec(REPO_ROOT).openapi);

describe("the spec against botocore's model of CloudTrail Data", () => {
  it("agrees on every bound, pattern, required member, binding, type, HTTP fact and error", () => {
    expect(upstreamDisagreements(REPO_ROOT).map(describeDisagreement)).toEqual([]);
  });

  it("compares every shape of the botocore model, so agreement is not vacuous", () => {
    const compared = new Set(
      upstream.flatMap((fact) => [...fact.where.matchAll(/(?:shape |^)(\w+)/g)].map((m) => m[1])),
    );
    const uncompared = Object.keys(model.shapes).filter((shape) => !compared.has(shape));
    expect(uncompared).toEqual([]);
  });

  const kinds: FactName[] = [
    "type",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "pattern",
    "required",
    "location",
    "locationName",
    "method",
    "requestUri",
    "responseCode",
    "httpStatusCode",
    "senderFault",
    "sdkId",
  ];
  it.each(kinds)("finds %s facts in both documents", (kind) => {
    expect(upstream.filter((fact) => fact.fact === kind).length).toBeGreaterThan(0);
    expect(ours.filter((fact) => fact.fact === kind).length).toBeGreaterThan(0);
  });
});

describe("spec/upstream/", () => {
  const model = readFileSync(join(REPO_ROOT, UPSTREAM_FILES.model));
  const provenance = readFileSync(join(REPO_ROOT, UPSTREAM_FILES.provenance), "utf8");

  it("records the botocore version and the checksum of the vendored model", () => {
    expect(provenance).toMatch(/taken from: botocore \d+\.\d+\.\d+/);
    expect(provenance).toContain(`sha256 of service-2.json: ${createHash("sha256").update(model).digest("hex")}`);
  });

  it("keeps botocore's Apache-2.0 licence and notice beside the model", () => {
    expect(readFileSync(join(REPO_ROOT, UPSTREAM_FILES.license), "utf8")).toMatch(/Apache License\s+Version 2\.0/);
    expect(readFileSync(join(REPO_ROOT, UPSTREAM_FILES.notice), "utf8")).toMatch(/^Botocore\nCopyright .* Amazon\.com/);
  });
});

const fact = (node: string, name: FactName, value: ModelFact["value"], where = "here"): ModelFact => ({
  node,
  fact: name,
  value,
  where,
});

const COMPARE: [string, { spec: ModelFact[]; botocore: ModelFact[]; want: Partial<Disagreement>[] }][] = [
  [
    "finds nothing when both state the same",
    { spec: [fact("a", "maxLength", 5)], botocore: [fact("a", "maxLength", 5)], want: [] },
  ],
  [
    "names both values when they differ",
    {
      spec: [fact("a", "maxLength", 5)],
      botocore: [fact("a", "maxLength", 6)],
      want: [{ node: "a", fact: "maxLength", spec: 5, botocore: 6 }],
    },
  ],
  [
    "reports a fact only botocore states",
    {
      spec: [fact("a", "type", "string", "#/a")],
      botocore: [fact("a", "type", "string", "S.a"), fact("a", "pattern", "^x$", "S.a")],
      want: [{ node: "a", fact: "pattern", spec: undefined, botocore: "^x$", specWhere: "#/a", botocoreWhere: "S.a" }],
    },
  ],
  [
    "reports a member only the spec has",
    {
      spec: [fact("a.b", "exists", true)],
      botocore: [],
      want: [
        { node: "a.b", fact: "exists", spec: true, botocore: undefined, botocoreWhere: "(not in the botocore model)" },
      ],
    },
  ],
  [
    "tells a boolean from its absence",
    {
      spec: [fact("a", "required", false)],
      botocore: [],
      want: [{ fact: "required", spec: false, botocore: undefined }],
    },
  ],
];

describe("compareFacts", () => {
  it.each(COMPARE)("%s", (_name, { spec, botocore, want }) => {
    const found = compareFacts(spec, botocore);
    expect(found).toHaveLength(want.length);
    for (const [i, expected] of want.entries()) expect(found[i]).toEqual(expect.objectContaining(expected));
  });

  it("describes a disagreement by node, fact, both values and where each document states it", () => {
    const line = describeDisagreement({
      node: "PutAuditEvents.output.failed[].id",
      fact: "pattern",
      spec: undefined,
      botocore: "^[-_A-Za-z0-9]+$",
      specWhere: "#/components/schemas/ResultErrorEntry/properties/id",
      botocoreWhere: "ResultErrorEntry.id (shape Uuid)",
    });
    expect(line).toBe(
      'PutAuditEvents.output.failed[].id: pattern is (none) in the spec (#/components/schemas/ResultErrorEntry/properties/id) but "^[-_A-Za-z0-9]+$" in botocore (ResultErrorEntry.id (shape Uuid))',
    );
  });
});
