import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/pae-conformance.js", import.meta.url));

/**
 * vitest's global setup: the bin builds the bundle of the current sources before it runs a command, so one
 * `--version` here builds it once, before the test files that spawn the CLI start several of them at a time.
 */
export function setup(): void {
  execFileSync(process.execPath, [BIN, "--version"], { stdio: "ignore", timeout: 120_000 });
}
