import type { RunDocument } from "../model/runDocument.ts";
import { clientRunDocument } from "./clientRunDocument.ts";
import { type ClientDriver, runClientScenarios } from "./runClientScenarios.ts";
import { type ScriptedEmulator, startScriptedEmulator } from "./scripted/startScriptedEmulator.ts";
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

/** For a driver whose calls are independent processes: how many run at once, each on its own emulator. */
export interface ConcurrentCheckOptions extends CheckClientOptions {
  /** Calls at once, each with its own scripted emulator; default 1. */
  concurrency?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_RECORDED = 3;

/** `count` scripted emulators, started at once; when one cannot start, the others are closed and it throws. */
async function startScriptedEmulators(count: number): Promise<[ScriptedEmulator, ...ScriptedEmulator[]]> {
  const started = await Promise.allSettled(
    Array.from({ length: count }, () => startScriptedEmulator({ log: () => undefined })),
  );
  const [first, ...rest] = started.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  const failure = started.find((outcome) => outcome.status === "rejected");
  if (first === undefined || failure !== undefined) {
    await Promise.all([first, ...rest].map((emulator) => emulator?.close()));
    throw failure?.reason;
  }
  return [first, ...rest];
}

/**
 * Starts scripted emulators on 127.0.0.1 (one per concurrent call), invokes the client through `driver` once
 * per scenario and run, and returns the run document, in scenario order. A misbehaving client never makes it
 * throw; an unknown scenario id does.
 */
export async function checkClientDriver(
  name: string,
  driver: ClientDriver,
  options: ConcurrentCheckOptions,
): Promise<RunDocument> {
  const scenarios = selectScenarios(options.scenarios);
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const runs = options.runs ?? 1;
  const startedAt = new Date();
  const emulators = await startScriptedEmulators(
    Math.max(1, Math.min(options.concurrency ?? 1, scenarios.length * runs)),
  );
  const [emulator] = emulators;
  try {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const results = await runClientScenarios({ emulators, driver, scenarios, runs, seed, timeoutMs });
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
    await Promise.all(emulators.map((emulator) => emulator.close()));
  }
}
