/**
 * `npm run report:screenshot`: renders a failing and a passing report (real runs against the embedded emulator,
 * one with a fault) and photographs each at 1280×800 with headless Chromium (Debian's `chromium`, installed
 * with apt-get if missing) into reports/screenshots/. Not part of `npm test`.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { main } from "../../harness/cli/main.ts";

const OUT = resolve("reports/screenshots");
const RUNS = {
  fail: ["--fault", "DuplicateIdsAsValidationException"],
  pass: [],
} as const;

function chromium(): string {
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("which", [name]).toString().trim();
    } catch {}
  }
  console.error("chromium not found: installing Debian's chromium with apt-get");
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit" });
  return execFileSync("which", ["chromium"]).toString().trim();
}

const io = { stdout: { write: () => true }, stderr: process.stderr, env: { ...process.env, CI: "1" } };
const browser = chromium();
mkdirSync(OUT, { recursive: true });
for (const [name, flags] of Object.entries(RUNS)) {
  const dir = join(OUT, name);
  const code = await main(
    ["run", "--only", "duplicates,channel", "--runs", "5", "--quiet", ...flags, "--out", dir],
    io,
  );
  const png = join(OUT, `${name}.png`);
  execFileSync(
    browser,
    ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,800"].concat([
      `--screenshot=${png}`,
      pathToFileURL(join(dir, "report.html")).href,
    ]),
    { stdio: "ignore" },
  );
  console.log(`${name} run (exit ${code}): ${png}`);
}
