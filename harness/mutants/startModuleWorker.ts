import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * The modules a worker thread can run, each behind a dynamic import that every build rewrites to its own file:
 * tsc to `scoreWorker.js`, the clone's esbuild bundle to a content-hashed chunk whose name only the bundle knows.
 */
export const WORKER_MODULES = {
  scoreWorker: () => import("./scoreWorker.ts"),
} as const;

/**
 * A bundler renames a chunk's exports, so the worker finds the table through a global this module sets when it
 * is evaluated, not through an export name.
 */
const REGISTRY = "pae-conformance.workerModules";
(globalThis as Record<symbol, unknown>)[Symbol.for(REGISTRY)] = WORKER_MODULES;

/**
 * Starts a worker thread that imports this very module and runs the named entry from it, so the thread finds
 * the entry however the code was built. TypeScript sources (a clone run through tsx or vitest) go through tsx's
 * loader, registered inside the worker, since a loader registered in this thread does not reach new threads.
 */
export function startModuleWorker(name: keyof typeof WORKER_MODULES, options: WorkerOptions): Worker {
  const self = JSON.stringify(import.meta.url);
  const run = `import(${self}).then(() => globalThis[Symbol.for(${JSON.stringify(REGISTRY)})][${JSON.stringify(name)}]())`;
  if (!import.meta.url.endsWith(".ts")) return new Worker(run, { ...options, eval: true });
  const loader = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return new Worker(`import(${loader}).then(({ register }) => { register(); return ${run}; });`, {
    ...options,
    eval: true,
  });
}
