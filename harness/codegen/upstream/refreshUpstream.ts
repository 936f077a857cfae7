import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { REPO_ROOT } from "../loadSpec.ts";
import { MODEL_IN_BOTOCORE, UPSTREAM_FILES } from "./upstreamFiles.ts";

/** A botocore package found on this machine. */
export interface InstalledBotocore {
  version: string;
  /** The package directory (the one holding `data/`). */
  packageDir: string;
  /** The distribution's LICENSE.txt and NOTICE, when the installer kept them. */
  licenseFile?: string;
  noticeFile?: string;
}

/** A refresh that cannot proceed: one line for the user, exit code 2. */
export class UpstreamRefreshError extends Error {
  override name = "UpstreamRefreshError";
}

// Asks the Python interpreter where botocore is and which licence files its distribution ships.
const LOCATE_BOTOCORE = `
import json, os, botocore, importlib.metadata as md
d = md.distribution("botocore")
files = {os.path.basename(str(f)): str(d.locate_file(f)) for f in (d.files or [])}
print(json.dumps({"version": botocore.__version__, "packageDir": os.path.dirname(botocore.__file__),
  "licenseFile": files.get("LICENSE.txt"), "noticeFile": files.get("NOTICE")}))
`;

const PYTHONS = ["python3", "python"];

/** The botocore that python3 (or python) imports; a typed error when there is none. */
export function findInstalledBotocore(pythons: readonly string[] = PYTHONS): InstalledBotocore {
  for (const python of pythons) {
    try {
      const out = execFileSync(python, ["-c", LOCATE_BOTOCORE], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      });
      return JSON.parse(out) as InstalledBotocore;
    } catch {
      // Not this interpreter, or no botocore in it: try the next one.
    }
  }
  throw new UpstreamRefreshError(
    `upstream:refresh: no installed botocore found with ${pythons.join(" or ")} (install the AWS CLI v1 or pip install botocore)`,
  );
}

/** The model's text: botocore ships it plain or gzip-compressed depending on the version. */
function modelText(packageDir: string): string {
  const plain = join(packageDir, MODEL_IN_BOTOCORE);
  if (existsSync(plain)) return readFileSync(plain, "utf8");
  if (existsSync(`${plain}.gz`)) return gunzipSync(readFileSync(`${plain}.gz`)).toString("utf8");
  throw new UpstreamRefreshError(`upstream:refresh: botocore at ${packageDir} has no ${MODEL_IN_BOTOCORE}(.gz)`);
}

function requiredFile(path: string | undefined, what: string, botocore: InstalledBotocore): string {
  if (path === undefined || !existsSync(path)) {
    throw new UpstreamRefreshError(`upstream:refresh: botocore ${botocore.version} was installed without its ${what}`);
  }
  return readFileSync(path, "utf8");
}

function provenance(botocore: InstalledBotocore, model: string): string {
  const sha256 = createHash("sha256").update(model).digest("hex");
  return `# spec/upstream: AWS's own model of CloudTrail Data

\`service-2.json\` is an unmodified copy of botocore's \`botocore/${MODEL_IN_BOTOCORE}\` (recent botocore
versions ship it gzip-compressed as \`service-2.json.gz\`; it is stored here decompressed). The spec is
compared with it by \`harness/codegen/upstream/compareWithUpstream.test.ts\`.

- taken from: botocore ${botocore.version} (https://github.com/boto/botocore)
- sha256 of service-2.json: ${sha256}
- licence: Apache License 2.0; \`LICENSE.txt\` and \`NOTICE\` are botocore's own, copied unchanged.

Refresh with \`npm run upstream:refresh\` (it copies from the botocore that \`python3\` imports); this file
is written by \`harness/codegen/upstream/refreshUpstream.ts\`.
`;
}

/** The files of spec/upstream/, by path relative to the repository root, taken from an installed botocore. */
export function upstreamSnapshot(botocore: InstalledBotocore): Record<string, string> {
  const model = modelText(botocore.packageDir);
  return {
    [UPSTREAM_FILES.model]: model,
    [UPSTREAM_FILES.license]: requiredFile(botocore.licenseFile, "LICENSE.txt", botocore),
    [UPSTREAM_FILES.notice]: requiredFile(botocore.noticeFile, "NOTICE", botocore),
    [UPSTREAM_FILES.provenance]: provenance(botocore, model),
  };
}

/** Writes the snapshot under root, each file atomically. */
export function writeUpstream(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.tmp`, text);
    renameSync(`${target}.tmp`, target);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const botocore = findInstalledBotocore();
    writeUpstream(REPO_ROOT, upstreamSnapshot(botocore));
    console.log(`upstream:refresh: copied the cloudtrail-data model of botocore ${botocore.version} to spec/upstream/`);
  } catch (error) {
    if (!(error instanceof UpstreamRefreshError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
