#!/usr/bin/env node
// The command's entry point. Installed, it runs the built JavaScript (dist/, made by `npm run build`, which
// `npm pack` runs): no TypeScript loader at run time. In a clone of the repository, where the sources are
// beside it, it runs them through tsx (a devDependency), so that `npx pae-conformance` never runs a stale build.
import { existsSync } from "node:fs";

const sources = new URL("../harness/cli/main.ts", import.meta.url);
let main;
if (existsSync(sources)) {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import(sources.href));
} else {
  ({ main } = await import("../dist/harness/cli/main.js"));
}
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
