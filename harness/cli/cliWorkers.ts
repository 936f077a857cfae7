import type { Worker, WorkerOptions } from "node:worker_threads";
import { registerWorkerTable, startTableWorker } from "../runner/tableWorker.ts";

/**
 * The CLI's worker threads, each behind a dynamic import that every build rewrites to its own file: tsc to
 * `caseThread.js`, the clone's esbuild bundle to a content-hashed chunk whose name only the bundle knows.
 */
export const CLI_WORKERS = {
  caseThread: () => import("./caseThread.ts"),
} as const;

const TABLE = "pae-conformance.cliWorkers";
registerWorkerTable(TABLE, CLI_WORKERS);

/** Starts a thread running the named CLI worker. */
export function startCliWorker(name: keyof typeof CLI_WORKERS, options: WorkerOptions): Worker {
  return startTableWorker(import.meta.url, TABLE, name, options);
}
