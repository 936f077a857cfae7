#!/usr/bin/env node
// The command's entry point. Installed, it runs the built JavaScript (dist/, made by `npm run build`, which
// `npm pack` runs): no TypeScript loader at run time. In a clone of the repository, where the sources are
// beside it, it runs a bundle of those sources that freshBundle.js rebuilds whenever any of them changed, so
// that `npm start` and `npx pae-conformance` never run a stale build; without esbuild, it runs them through tsx.
import { existsSync } from "node:fs";

const sources = new URL("../harness/cli/main.ts", import.meta.url);

async function loadMain() {
  if (!existsSync(sources)) return (await import("../dist/harness/cli/main.js")).main;
  const { freshBundle } = await import("./freshBundle.js");
  const bundle = await freshBundle();
  if (bundle !== undefined) return (await import(bundle)).main;
  const { register } = await import("tsx/esm/api");
  register();
  return (await import(sources.href)).main;
}

// A Ctrl-C that lands while no command listens for it (before a command takes it over, or after the command
// has let go of it on its way out, its reports written) would kill the process by the signal's default action
// and lose the exit code already decided: end the process with that code, or 128 + the signal's number.
for (const [signal, number] of [
  ["SIGINT", 2],
  ["SIGTERM", 15],
]) {
  process.on(signal, () => {
    if (process.listenerCount(signal) === 1) process.exit(process.exitCode ?? 128 + number);
  });
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
