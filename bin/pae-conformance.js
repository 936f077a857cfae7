#!/usr/bin/env node
// The installed entry point: runs the built JavaScript (npm run build, done by prepack), no TypeScript loader.
const { main } = await import("../dist/harness/cli/main.js");
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
