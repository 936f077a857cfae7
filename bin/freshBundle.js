// The clone's command as one esbuild bundle of its TypeScript sources, rebuilt whenever any input changed:
// plain `node` then loads a few files instead of tsx compiling ~300 modules on every start. Freshness is
// decided by content: a stamp holds a digest of every input esbuild read (sources, packages, this file), and
// a start whose inputs no longer hash to it rebuilds first, so a stale bundle never runs. Inputs whose inode,
// size and change time all match the stamp's are not read again.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// Three levels below the root, where harness/runner/toolVersion.ts looks for package.json from the build.
const OUT = join(ROOT, "node_modules", ".cache", "pae-conformance");
const STAMP = join(OUT, "stamp.json");
const ENTRY = join(ROOT, "harness", "cli", "main.ts");
/** Old bundles are removed an hour after they were replaced: a process started before may still load its chunks. */
const KEEP_REPLACED_MS = 60 * 60 * 1000;

function digestOf(inputs) {
  const hash = createHash("sha256");
  for (const input of inputs) {
    hash.update(input);
    hash.update("\0");
    hash.update(readFileSync(join(ROOT, input)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return undefined;
  }
}

/** What changes whenever a file's contents do: ctime cannot be set back by tools such as `touch -d`. */
function signatureOf(input) {
  const stat = statSync(join(ROOT, input));
  return `${stat.ino}:${stat.size}:${stat.ctimeMs}`;
}

function signaturesOf(inputs) {
  return inputs.map(signatureOf).join(" ");
}

/** Unchanged signatures suffice; changed ones (a checkout that rewrote the same text) fall back to the digest. */
function isFresh(stamp) {
  if (stamp === undefined) return false;
  try {
    if (signaturesOf(stamp.inputs) === stamp.signatures) return true;
    if (digestOf(stamp.inputs) !== stamp.digest) return false;
    writeStamp({ ...stamp, signatures: signaturesOf(stamp.inputs) });
    return true;
  } catch {
    return false; // an input is gone
  }
}

/** Written beside its final name and renamed over it, so a concurrent start never reads half a file. */
function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

function writeStamp(stamp) {
  writeAtomically(STAMP, `${JSON.stringify(stamp)}\n`);
}

function removeReplaced(keep) {
  for (const name of readdirSync(OUT)) {
    const path = join(OUT, name);
    if (!keep.has(name) && Date.now() - statSync(path).mtimeMs > KEEP_REPLACED_MS) rmSync(path, { force: true });
  }
}

/** True when an input was written while esbuild ran: the bundle may hold the old text, so it earns no stamp. */
function changedSince(inputs, startedAt) {
  return inputs.some((input) => statSync(join(ROOT, input)).mtimeMs >= startedAt);
}

async function build(esbuild) {
  const startedAt = Date.now();
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    splitting: true,
    // Content-hashed names: a rebuild never overwrites a file a running process may still import.
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    outdir: OUT,
    write: false,
    metafile: true,
    logLevel: "warning",
    // Optional peer dependencies, loaded by the commands that need them, from the user's own node_modules.
    external: ["aws-sdk", "nock"],
    // Bundled CommonJS packages call require() for node's built-ins, which an ES module lacks.
    banner: {
      js: 'import { createRequire as __paeRequire } from "node:module"; const require = __paeRequire(import.meta.url);',
    },
  });
  mkdirSync(OUT, { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  const inputs = [...Object.keys(result.metafile.inputs), relative(ROOT, fileURLToPath(import.meta.url))].sort();
  // Each command loaded on demand is an entry point of its own: the main one is the one built from ENTRY.
  const [entry] = Object.entries(result.metafile.outputs).filter(
    ([, output]) => output.entryPoint !== undefined && join(ROOT, output.entryPoint) === ENTRY,
  );
  const stamp = {
    entry: relative(OUT, join(ROOT, entry[0])),
    inputs,
    digest: digestOf(inputs),
    signatures: signaturesOf(inputs),
  };
  if (!changedSince(inputs, startedAt)) writeStamp(stamp);
  removeReplaced(new Set([...result.outputFiles.map((file) => relative(OUT, file.path)), "stamp.json"]));
  return stamp;
}

/**
 * The URL of a bundle of the current sources, built first if missing or stale; undefined when esbuild (a
 * dependency of the tsx devDependency) is not installed, and the caller falls back to tsx.
 */
export async function freshBundle() {
  let stamp = readStamp();
  if (!isFresh(stamp)) {
    const esbuild = await import("esbuild").catch(() => undefined);
    if (esbuild === undefined) return undefined;
    stamp = await build(esbuild);
  }
  return pathToFileURL(join(OUT, stamp.entry)).href;
}
