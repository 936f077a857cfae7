import { describe, expect, it } from "vitest";
import type { CaseDefinition } from "../model/caseDefinition.ts";
import { ingestGuard } from "./ingestGuard.ts";

const CATALOGUE = [
  { id: "Ingests", category: "valid", ingests: true, maxRuns: 2 },
  { id: "Rejects", category: "duplicates" },
] as CaseDefinition[];
const options = {
  endpoint: "https://cloudtrail-data.us-east-1.amazonaws.com",
  runs: 50,
  allowIngest: false,
  only: [],
  skip: [],
};

function guard(isRealAws: boolean, allowIngest: boolean) {
  let said = "";
  const rule = ingestGuard(CATALOGUE, { ...options, allowIngest }, isRealAws, {
    write: (text: string) => (said += text),
  });
  return { rule, said };
}

describe("ingestGuard", () => {
  it("leaves a local target alone and says nothing", () => {
    expect(guard(false, false)).toEqual({ rule: undefined, said: "" });
  });

  it("skips the ingesting cases on AWS and says how many events they would ingest", () => {
    const { rule, said } = guard(true, false);
    expect(said).toContain("1 cases would ingest up to 200 events (skipped; pass --allow-ingest");
    expect(rule?.(CATALOGUE[0] as CaseDefinition)).toMatch(/pass --allow-ingest/);
    expect(rule?.(CATALOGUE[1] as CaseDefinition)).toBeUndefined();
  });

  it("runs everything on AWS with --allow-ingest, still saying how many events", () => {
    const { rule, said } = guard(true, true);
    expect(rule).toBeUndefined();
    expect(said).toContain("would ingest up to 200 events\n");
  });
});
