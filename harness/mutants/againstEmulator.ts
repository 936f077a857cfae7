import { emulatorTarget } from "../emulator/emulatorTarget.ts";
import { type EmulatorOptions, startEmulator } from "../emulator/startEmulator.ts";
import type { TargetConfig } from "../model/target.ts";
import { createSender, type Sender } from "../sender/createSender.ts";

/** Generous: the other thread and other work share the machine's cores. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface EmulatorSession {
  target: TargetConfig;
  sender: Sender;
}

/**
 * A fresh emulator on its own port, with the suite's own sender to it; `close` ends both. Its parsing is memoised:
 * every session of a thread is sent the same drawn bodies.
 */
export async function openSession(options: EmulatorOptions): Promise<EmulatorSession & { close(): Promise<void> }> {
  const emulator = await startEmulator({ ...options, memoiseParsing: true });
  const target = emulatorTarget(emulator, REQUEST_TIMEOUT_MS);
  const sender = createSender(target);
  return {
    target,
    sender,
    close: async () => {
      await sender.close();
      await emulator.close();
    },
  };
}

/** Runs `work` against a fresh emulator on its own port, through the suite's own sender; closes both after. */
export async function againstEmulator<T>(
  options: EmulatorOptions,
  work: (session: EmulatorSession) => Promise<T>,
): Promise<T> {
  const session = await openSession(options);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
