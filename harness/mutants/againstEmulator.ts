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

/** Runs `work` against a fresh emulator on its own port, through the suite's own sender; closes both after. */
export async function againstEmulator<T>(
  options: EmulatorOptions,
  work: (session: EmulatorSession) => Promise<T>,
): Promise<T> {
  const emulator = await startEmulator(options);
  const target = emulatorTarget(emulator, REQUEST_TIMEOUT_MS);
  const sender = createSender(target);
  try {
    return await work({ target, sender });
  } finally {
    await sender.close();
    await emulator.close();
  }
}
