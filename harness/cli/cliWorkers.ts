import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * The CLI's worker threads, each behind a dynamic import that every build rewrites to its own file: tsc to
 * `caseThread.js`, the clone's esbuild bundle to a content-hashed chunk whose name only the bundle knows.
 */
export const CLI_WORKERS = {
  caseThread: () => import("./caseThread.ts"),
} as const;

/** A bundler renames a chunk's exports: the thread finds the table through a global set when this module runs. */
const TABLE = "pae-conformance.cliWorkers";
(globalThis as Record<symbol, unknown>)[Symbol.for(TABLE)] = CLI_WORKERS;

/**
 * Starts a thread that imports this very module and then the named worker through its table, so it finds the
 * worker however the code was built; TypeScript sources (tsx, vitest) register tsx's loader in the thread first,
 * since a loader registered in this thread does not reach new ones.
 */
export function startCliWorker(name: keyof typeof CLI_WORKERS, options: WorkerOptions): Worker {
  const entry = `import(${JSON.stringify(import.meta.url)}).then(() => globalThis[Symbol.for(${JSON.stringify(TABLE)})][${JSON.stringify(name)}]())`;
  const code = import.meta.url.endsWith(".ts")
    ? `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return ${entry}; });`
    : entry;
  return new Worker(code, { ...options, eval: true });
}
