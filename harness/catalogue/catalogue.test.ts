import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "../codegen/loadSpec.ts";
import { CATEGORIES } from "../model/caseDefinition.ts";
import { CATALOGUE } from "./catalogue.ts";
import { CASE_PROPERTIES } from "./testing/caseProperties.ts";
import { TEST_CONTEXT } from "./testing/testContext.ts";

const SEED = 20261125;
const SAMPLES = 12;

/** The ids the mutation score refers to: renaming one breaks the score, so the test pins them. */
const REQUIRED_IDS = Object.keys(CASE_PROPERTIES);

/** Resolves a JSON pointer (RFC 6901) in a parsed document; undefined when a token is missing. */
function resolvePointer(document: unknown, pointer: string): unknown {
  const tokens =
    pointer === ""
      ? []
      : pointer
          .slice(1)
          .split("/")
          .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  return tokens.reduce<unknown>(
    (node, token) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[token] : undefined),
    document,
  );
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, "")
    .replace(/ /g, "-");

const REFERENCE = `${REPO_ROOT}/../shared/reference/putauditevents.md`;

function specRefResolves(specRef: string): boolean {
  const [file = "", pointer = ""] = specRef.split("#");
  if (file.startsWith("shared/reference/")) {
    const headings = readFileSync(REFERENCE, "utf8").match(/^#+ .*$/gm) ?? [];
    return headings.some((heading) => slug(heading.replace(/^#+ /, "")) === pointer);
  }
  const text = readFileSync(`${REPO_ROOT}/${file}`, "utf8");
  const document: unknown = file.endsWith(".json") ? JSON.parse(text) : parse(text);
  return resolvePointer(document, pointer) !== undefined;
}

describe("the catalogue", () => {
  const ids = CATALOGUE.map((entry) => entry.id);

  it("finds the reference its specRefs point into (../shared/reference/putauditevents.md): without it, it fails", () => {
    expect(existsSync(REFERENCE), `${REFERENCE} is missing`).toBe(true);
  });

  it("has unique PascalCase ids", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$/);
  });

  it("holds every case the mutation score refers to, and nothing without a property row", () => {
    expect([...ids].sort()).toEqual([...REQUIRED_IDS].sort());
  });

  it.each(CATALOGUE.map((entry) => [entry.id, entry] as const))("declares %s completely", (_id, entry) => {
    expect(CATEGORIES).toContain(entry.category);
    expect(entry.title.length).toBeGreaterThan(0);
    expect(entry.documentation).toMatch(/\. (Spec|Reference): |; |Spec: /);
    expect(entry.expect.reject !== undefined || entry.expect.accept !== undefined).toBe(true);
    expect(entry.needs.length).toBeGreaterThan(0);
    expect(specRefResolves(entry.specRef), entry.specRef).toBe(true);
  });
});

describe.each(CATALOGUE.map((entry) => [entry.id, entry] as const))("%s generates", (id, entry) => {
  const property = CASE_PROPERTIES[id];
  const runs = Math.min(entry.maxRuns ?? SAMPLES, SAMPLES);
  const sample = () => fc.sample(entry.generate(TEST_CONTEXT), { seed: SEED, numRuns: runs });

  it(`${property?.want ?? "(no property row)"} (seed ${SEED}, ${runs} samples)`, () => {
    expect(property).toBeDefined();
    sample().forEach((instance, index) => {
      expect({ index, label: instance.label, holds: property?.holds(instance) }).toEqual({
        index,
        label: instance.label,
        holds: true,
      });
    });
  });
});
