import type { RunCaseElsewhere } from "../runner/runSuite.ts";
import type { CaseThreadData, CaseThreadSettings, FromCaseThread, ToCaseThread } from "./caseThread.ts";

/** A thread that runs the cases handed to it against its own embedded emulator. */
export interface CaseThread {
  run: RunCaseElsewhere;
  /** Hands the thread the run's settings; the cases handed to it afterwards run with them. */
  configure(settings: CaseThreadSettings): void;
  /** Ctrl-C: the thread's cases in flight end as interrupted, as this thread's do. */
  abort(): void;
  /** Ends the thread; once is enough, later calls wait for the same end. */
  close(): Promise<void>;
}

type Pending = { resolve: (reply: FromCaseThread) => void; reject: (error: Error) => void };

/**
 * Starts a case thread, which loads and starts its emulator at once; a case handed to it (after `configure`)
 * before it is ready waits for it.
 */
export async function startCaseThread(data: CaseThreadData): Promise<CaseThread> {
  // Imported on demand, the table is a chunk of its own in the bundle: the thread loads it, not this command's.
  const { startCliWorker } = await import("./cliWorkers.ts");
  const worker = startCliWorker("caseThread", { workerData: data });
  const pending = new Map<number, Pending>();
  let tickets = 0;
  let gone: Error | undefined;
  let closed: Promise<void> | undefined;
  const failAll = (error: Error) => {
    gone ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on("message", (reply: FromCaseThread) => {
    pending.get(reply.ticket)?.resolve(reply);
    pending.delete(reply.ticket);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`a case thread exited (${code})`)));
  const send = (message: ToCaseThread) => worker.postMessage(message);
  return {
    run: async (caseDef) => {
      const ticket = tickets++;
      const reply = await new Promise<FromCaseThread>((resolve, reject) => {
        if (gone) return reject(gone);
        pending.set(ticket, { resolve, reject });
        send({ type: "case", ticket, caseId: caseDef.id });
      });
      if (reply.type === "failed") throw new Error(`case thread: ${reply.message}`);
      return reply.result;
    },
    configure: (settings) => send({ type: "settings", settings }),
    abort: () => send({ type: "abort" }),
    close: () => {
      closed ??= worker.terminate().then(() => undefined);
      return closed;
    },
  };
}
