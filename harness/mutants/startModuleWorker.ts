import type { Worker, WorkerOptions } from "node:worker_threads";
import { registerWorkerTable, startTableWorker } from "../runner/tableWorker.ts";

/**
 * The modules a worker thread of the mutation score can run, each behind a dynamic import that every build
 * rewrites to its own file: tsc to `scoreWorker.js`, the clone's esbuild bundle to a content-hashed chunk.
 */
export const WORKER_MODULES = {
  scoreWorker: () => import("./scoreWorker.ts"),
} as const;

const REGISTRY = "pae-conformance.workerModules";
registerWorkerTable(REGISTRY, WORKER_MODULES);

/** Starts a worker thread running the named entry of WORKER_MODULES. */
export function startModuleWorker(name: keyof typeof WORKER_MODULES, options: WorkerOptions): Worker {
  return startTableWorker(import.meta.url, REGISTRY, name, options);
}
