import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { constantsSource } from "./constantsSource.ts";
import { loadSpec, REPO_ROOT } from "./loadSpec.ts";
import { typesSource } from "./typesSource.ts";
import { validatorsDeclarations, validatorsSource } from "./validatorsSource.ts";

/** Every generated file, by name, as text. */
export async function generatedFiles(root: string = REPO_ROOT): Promise<Record<string, string>> {
  const spec = loadSpec(root);
  return {
    "api.ts": await typesSource(root),
    "constants.ts": constantsSource(spec),
    "validators.js": validatorsSource(spec),
    "validators.d.ts": validatorsDeclarations(),
  };
}

/** Writes the generated files into outDir, each atomically. */
export async function generate(outDir: string, root: string = REPO_ROOT): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const files = await generatedFiles(root);
  for (const [name, text] of Object.entries(files)) {
    const target = join(outDir, name);
    writeFileSync(`${target}.tmp`, text);
    renameSync(`${target}.tmp`, target);
  }
  return Object.keys(files);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = process.argv[2] ?? join(REPO_ROOT, "generated");
  const names = await generate(outDir);
  console.log(`generated ${names.join(", ")} in ${outDir}`);
}
