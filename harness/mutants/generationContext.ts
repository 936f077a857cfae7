import { emulatorTarget } from "../emulator/emulatorTarget.ts";
import { startEmulator } from "../emulator/startEmulator.ts";
import type { CaseContext } from "../model/caseDefinition.ts";
import { caseContext } from "../runner/caseContext.ts";

/** What `run` hands the generators against the embedded emulator: its fixtures, region and caller account. */
export async function generationContext(): Promise<CaseContext> {
  const emulator = await startEmulator();
  try {
    return caseContext(emulatorTarget(emulator));
  } finally {
    await emulator.close();
  }
}
