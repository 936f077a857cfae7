import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import ts from "typescript";

/** One relative import: `from` imports `to`, both paths from the repository's root, with `/`. */
export interface ImportEdge {
  from: string;
  to: string;
}

const CODE_FILE = /\.(?:ts|mts|js|mjs)$/;
/** Installed packages, the build output and dot folders (git, caches) are not the project's sources. */
const NOT_SOURCES = new Set(["node_modules", "dist"]);

/** Every code file below `root`, as root-relative paths with `/`. */
export function codeFiles(root: string, folder = ""): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory())
      return NOT_SOURCES.has(entry.name) || entry.name.startsWith(".") ? [] : codeFiles(root, path);
    return CODE_FILE.test(entry.name) ? [path] : [];
  });
}

/** The relative imports of one file (static, type-only, re-exports and import()), resolved to root-relative paths. */
export function relativeImports(path: string, source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((file) => file.fileName)
    .filter((specifier) => specifier.startsWith("./") || specifier.startsWith("../"))
    .map((specifier) => posix.normalize(posix.join(posix.dirname(path), specifier)));
}

/** Every relative import of every code file below `root`. */
export function importEdges(root: string): ImportEdge[] {
  return codeFiles(root).flatMap((from) =>
    relativeImports(from, readFileSync(join(root, from), "utf8")).map((to) => ({ from, to })),
  );
}

/** The files `roots` reach through imports, the roots included. */
export function reachableFrom(roots: readonly string[], edges: readonly ImportEdge[]): Set<string> {
  const reached = new Set(roots);
  const pending = [...roots];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    for (const edge of edges)
      if (edge.from === file && !reached.has(edge.to)) {
        reached.add(edge.to);
        pending.push(edge.to);
      }
  }
  return reached;
}
