// The clone's command as one esbuild bundle of its TypeScript sources, rebuilt whenever any input changed:
// plain `node` then loads a few files instead of tsx compiling ~300 modules on every start. Freshness is
// decided by content: a stamp holds a digest of every input esbuild read (sources, packages, this file), and
// a start whose inputs no longer hash to it rebuilds first, so a stale bundle never runs. Inputs whose inode,
// size and change time all match the stamp's are not read again.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPOSITORY = fileURLToPath(new URL("..", import.meta.url));
/** Old bundles are removed an hour after they were replaced: a process started before may still load its chunks. */
const KEEP_REPLACED_MS = 60 * 60 * 1000;

function placesOf(root) {
  // Three levels below the root, where harness/runner/toolVersion.ts looks for package.json from the build.
  const out = join(root, "node_modules", ".cache", "pae-conformance");
  return { root, out, stamp: join(out, "stamp.json"), entry: join(root, "harness", "cli", "main.ts") };
}

function digestOf(root, inputs) {
  const hash = createHash("sha256");
  for (const input of inputs) {
    hash.update(input);
    hash.update("\0");
    hash.update(readFileSync(join(root, input)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** What changes whenever a file's contents do: ctime cannot be set back by tools such as `touch -d`. */
function signaturesOf(root, inputs) {
  return inputs
    .map((input) => {
      const stat = statSync(join(root, input));
      return `${stat.ino}:${stat.size}:${stat.ctimeMs}`;
    })
    .join(" ");
}

/** Written beside its final name and renamed over it, so a concurrent start never reads half a file. */
function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

function readStamp(places) {
  try {
    return JSON.parse(readFileSync(places.stamp, "utf8"));
  } catch {
    return undefined;
  }
}

function writeStamp(places, stamp) {
  writeAtomically(places.stamp, `${JSON.stringify(stamp)}\n`);
}

/** Unchanged signatures suffice; changed ones (a checkout that rewrote the same text) fall back to the digest. */
function isFresh(places, stamp) {
  if (stamp === undefined) return false;
  try {
    if (signaturesOf(places.root, stamp.inputs) === stamp.signatures) return true;
    if (digestOf(places.root, stamp.inputs) !== stamp.digest) return false;
    writeStamp(places, { ...stamp, signatures: signaturesOf(places.root, stamp.inputs) });
    return true;
  } catch {
    return false; // an input is gone
  }
}

/** True when an input was written while esbuild ran: the bundle may hold the old text, so it earns no stamp. */
function changedSince(root, inputs, startedAt) {
  return inputs.some((input) => statSync(join(root, input)).mtimeMs >= startedAt);
}

function removeReplaced(out, keep) {
  for (const name of readdirSync(out)) {
    const path = join(out, name);
    if (!keep.has(name) && Date.now() - statSync(path).mtimeMs > KEEP_REPLACED_MS) rmSync(path, { force: true });
  }
}

async function build(esbuild, places) {
  const startedAt = Date.now();
  const result = await esbuild.build({
    absWorkingDir: places.root,
    entryPoints: [places.entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // ES module builds first (esbuild's default for node is CommonJS first): a package's require() of another's
    // ES module build pulls in all of it, an import only what is used (@smithy/signature-v4 used ~300 KB of
    // @smithy/core through require(), in every thread that signs).
    mainFields: ["module", "main"],
    splitting: true,
    // Content-hashed names: a rebuild never overwrites a file a running process may still import.
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    outdir: places.out,
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
  mkdirSync(places.out, { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  const self = relative(places.root, fileURLToPath(import.meta.url));
  const inputs = [...Object.keys(result.metafile.inputs), self].sort();
  // Each command loaded on demand is an entry point of its own: the main one is the one built from the entry.
  const [entry] = Object.entries(result.metafile.outputs).filter(
    ([, output]) => output.entryPoint !== undefined && join(places.root, output.entryPoint) === places.entry,
  );
  const stamp = {
    entry: relative(places.out, join(places.root, entry[0])),
    inputs,
    digest: digestOf(places.root, inputs),
    signatures: signaturesOf(places.root, inputs),
  };
  if (!changedSince(places.root, inputs, startedAt)) writeStamp(places, stamp);
  removeReplaced(
    places.out,
    new Set([...result.outputFiles.map((file) => relative(places.out, file.path)), "stamp.json"]),
  );
  return stamp;
}

/**
 * The URL of a bundle of the current sources of `root` (this repository by default), built first if missing
 * or stale; undefined when esbuild (a dependency of the tsx devDependency) is not installed, and the caller
 * falls back to tsx.
 */
export async function freshBundle(root = REPOSITORY) {
  const places = placesOf(root);
  let stamp = readStamp(places);
  if (!isFresh(places, stamp)) {
    const esbuild = await import("esbuild").catch(() => undefined);
    if (esbuild === undefined) return undefined;
    stamp = await build(esbuild, places);
  }
  return pathToFileURL(join(places.out, stamp.entry)).href;
}
