import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * Starts a worker thread on the module `name` beside this file: built JavaScript as it is, TypeScript sources
 * (a clone run through tsx or vitest) through tsx's loader, registered inside the worker, since a loader
 * registered in this thread does not reach new threads.
 */
export function startModuleWorker(name: string, options: WorkerOptions): Worker {
  const fromSources = import.meta.url.endsWith(".ts");
  const entry = new URL(`./${name}${fromSources ? ".ts" : ".js"}`, import.meta.url);
  if (!fromSources) return new Worker(entry, options);
  const loader = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { ...options, eval: true });
}
