import type { RunDocument } from "../model/runDocument.ts";
import { clientRunDocument } from "./clientRunDocument.ts";
import { type ClientDriver, runClientScenarios } from "./runClientScenarios.ts";
import { startScriptedEmulator } from "./scripted/startScriptedEmulator.ts";
import { selectScenarios } from "./selectScenarios.ts";

export interface CheckClientOptions {
  /** Scenario ids or prefixes (`ChannelNotFound`, `PartialFailure/*`); default: every scenario. */
  scenarios?: readonly string[];
  seed?: number;
  /** Calls per scenario, each with a fresh input; default 1. */
  runs?: number;
  /** Per call; default 10 s. */
  timeoutMs?: number;
  /** The replay command shown in reports, without `--scenario`, `--seed`, `--runs`. */
  replay?: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_RECORDED = 3;

/**
 * Starts the scripted emulator on 127.0.0.1, invokes the client through `driver` once per scenario and run,
 * and returns the run document. A misbehaving client never makes it throw; an unknown scenario id does.
 */
export async function checkClientDriver(
  name: string,
  driver: ClientDriver,
  options: CheckClientOptions,
): Promise<RunDocument> {
  const scenarios = selectScenarios(options.scenarios);
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const runs = options.runs ?? 1;
  const startedAt = new Date();
  const emulator = await startScriptedEmulator({ log: () => undefined });
  try {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const results = await runClientScenarios({ emulator, driver, scenarios, runs, seed, timeoutMs });
    return clientRunDocument(results, {
      startedAt,
      seed,
      runs,
      region: emulator.region,
      channelArn: emulator.targetFixtures.ownChannelArn ?? "",
      clientName: name,
      endpoint: emulator.url,
      replay: options.replay ?? `npx pae-conformance client --builtin ${name}`,
      secrets: [emulator.credentials.secretAccessKey],
      maxRecorded: MAX_RECORDED,
    });
  } finally {
    await emulator.close();
  }
}
