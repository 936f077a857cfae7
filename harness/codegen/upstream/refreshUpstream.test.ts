import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../loadSpec.ts";
import {
  findInstalledBotocore,
  type InstalledBotocore,
  UpstreamRefreshError,
  upstreamSnapshot,
  writeUpstream,
} from "./refreshUpstream.ts";
import { MODEL_IN_BOTOCORE, UPSTREAM_FILES } from "./upstreamFiles.ts";

const scratch = mkdtempSync(join(tmpdir(), "pae-refresh-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const vendored = (path: string) => readFileSync(join(REPO_ROOT, path), "utf8");
const vendoredVersion = /taken from: botocore (\S+)/.exec(vendored(UPSTREAM_FILES.provenance))?.[1] ?? "";

/** A fake installed botocore holding the vendored files, the model plain or gzip-compressed. */
function fakeBotocore(name: string, { gzip = true, license = true } = {}): InstalledBotocore {
  const packageDir = join(scratch, name, "botocore");
  const model = join(packageDir, MODEL_IN_BOTOCORE);
  mkdirSync(join(model, ".."), { recursive: true });
  const text = vendored(UPSTREAM_FILES.model);
  if (gzip) writeFileSync(`${model}.gz`, gzipSync(text));
  else writeFileSync(model, text);
  const licenseFile = join(scratch, name, "LICENSE.txt");
  const noticeFile = join(scratch, name, "NOTICE");
  if (license) writeFileSync(licenseFile, vendored(UPSTREAM_FILES.license));
  writeFileSync(noticeFile, vendored(UPSTREAM_FILES.notice));
  return { version: vendoredVersion, packageDir, licenseFile, noticeFile };
}

describe("npm run upstream:refresh", () => {
  it.each([
    ["a gzip-compressed model (botocore 1.3x and later)", { gzip: true }],
    ["a plain model (older botocore)", { gzip: false }],
  ])("reproduces spec/upstream/ byte for byte from %s", (_name, options) => {
    const files = upstreamSnapshot(fakeBotocore(`fake-${options.gzip}`, options));
    expect(Object.keys(files).sort()).toEqual(Object.values(UPSTREAM_FILES).sort());
    for (const [path, text] of Object.entries(files)) expect(text, path).toBe(vendored(path));
  });

  it("writes the snapshot under a root", () => {
    writeUpstream(join(scratch, "out"), upstreamSnapshot(fakeBotocore("fake-write")));
    expect(readFileSync(join(scratch, "out", UPSTREAM_FILES.model), "utf8")).toBe(vendored(UPSTREAM_FILES.model));
  });

  it.each([
    [
      "no interpreter imports botocore",
      () => findInstalledBotocore(["pae-no-such-python"]),
      "upstream:refresh: no installed botocore found with pae-no-such-python",
    ],
    [
      "the distribution lacks its licence",
      () => upstreamSnapshot(fakeBotocore("fake-unlicensed", { license: false })),
      "was installed without its LICENSE.txt",
    ],
    [
      "the package has no cloudtrail-data model",
      () => upstreamSnapshot({ version: "0.0.0", packageDir: join(scratch, "empty") }),
      `has no ${MODEL_IN_BOTOCORE}(.gz)`,
    ],
  ])("fails with one line when %s", (_name, refresh, message) => {
    expect(refresh).toThrow(UpstreamRefreshError);
    expect(refresh).toThrow(message);
    try {
      refresh();
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});
