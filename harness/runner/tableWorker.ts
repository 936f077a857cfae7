import { Worker, type WorkerOptions } from "node:worker_threads";

/** The entries a worker thread can run, each behind a dynamic import that every build rewrites to its own file. */
export type WorkerTable = Readonly<Record<string, () => Promise<unknown>>>;

/**
 * Puts `table` where a thread can find it: a bundler renames a chunk's exports, so the thread looks it up through
 * a global set when the registering module is evaluated, not through an export name.
 */
export function registerWorkerTable(registry: string, table: WorkerTable): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(registry)] = table;
}

/**
 * Starts a thread that imports `tableModuleUrl` (the module that registered the table) and runs the named entry
 * from it, so the thread finds the entry however the code was built (tsc output, the esbuild bundle, sources).
 * TypeScript sources (tsx, vitest) register tsx's loader in the thread first, since a loader registered in this
 * thread does not reach new ones.
 */
export function startTableWorker(
  tableModuleUrl: string,
  registry: string,
  name: string,
  options: WorkerOptions,
): Worker {
  const run = `import(${JSON.stringify(tableModuleUrl)}).then(() => globalThis[Symbol.for(${JSON.stringify(registry)})][${JSON.stringify(name)}]())`;
  if (!tableModuleUrl.endsWith(".ts")) return new Worker(run, { ...options, eval: true });
  const loader = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return new Worker(`import(${loader}).then(({ register }) => { register(); return ${run}; });`, {
    ...options,
    eval: true,
  });
}
