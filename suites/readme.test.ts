import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../harness/catalogue/catalogue.ts";
import { FAULTS } from "../harness/emulator/faults/faults.ts";
import { EMULATOR_READINGS } from "../harness/emulator/readings/readings.ts";
import { CATEGORIES } from "../harness/model/caseDefinition.ts";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const catalogueCategories = CATEGORIES.filter((category) => CATALOGUE.some((entry) => entry.category === category));

describe("README.md stays true", () => {
  it("opens with the two commands", () => {
    const firstBlock = README.slice(README.indexOf("```sh"), README.indexOf("```", README.indexOf("```sh") + 5));
    expect(firstBlock).toContain("npm ci && npm start");
    expect(firstBlock).toContain("npm test");
  });

  it.each(FAULTS.map((fault) => [fault.id]))("documents the fault %s", (id) => {
    expect(README).toContain(`| \`${id}\` |`);
  });

  it.each(EMULATOR_READINGS.map((reading) => [reading.name, reading] as const))(
    "documents the reading %s with its values, default first",
    (name, reading) => {
      expect(README).toContain(`| \`${name}\` | ${reading.valueNames.map((value) => `\`${value}\``).join(", ")} |`);
    },
  );

  it("documents no reading the emulator does not have", () => {
    const start = README.indexOf("### Readings");
    const rows = README.slice(start, README.indexOf("\n## ", start)).match(/^\| `(\w+)` \|/gm) ?? [];
    expect(rows.map((row) => row.slice(3, row.indexOf("`", 3)))).toEqual(EMULATOR_READINGS.map((r) => r.name));
  });

  it.each(catalogueCategories.map((category) => [category]))("lists the category %s", (category) => {
    expect(README).toContain(`| \`${category}\` |`);
  });
});
