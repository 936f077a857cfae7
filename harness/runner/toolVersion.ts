import { readFileSync } from "node:fs";

// From the sources (harness/runner/) the package root is two levels up; from the build (dist/harness/runner/), three.
const CANDIDATES = ["../../package.json", "../../../package.json"];

let cached: string | undefined;

function readVersion(): string {
  for (const candidate of CANDIDATES) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(candidate, import.meta.url), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === "pae-conformance" && manifest.version !== undefined) return manifest.version;
    } catch {
      // Not this level: try the next.
    }
  }
  throw new Error("pae-conformance's package.json was not found beside its code");
}

/** The version in package.json, read once. */
export function toolVersion(): string {
  cached ??= readVersion();
  return cached;
}
