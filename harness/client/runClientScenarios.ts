import type { Verdict } from "../model/verdict.ts";
import type { ClientScenario } from "./clientScenario.ts";
import type { ClientSetup } from "./clientUnderTest.ts";
import { judgeAnswer } from "./judges/judgeAnswer.ts";
import type { RecordedClientRequest } from "./scripted/recordedClientRequest.ts";
import { requestIds } from "./scripted/requestIds.ts";
import type { ScenarioRequestExpectation } from "./scripted/scriptedController.ts";
import type { ScriptedEmulator } from "./scripted/startScriptedEmulator.ts";
import { settleWithin } from "./settleWithin.ts";
import type { SurfacedAnswer } from "./surfacedAnswer.ts";

/** One call of the client for one scenario. */
export interface ScenarioCall {
  scenario: ClientScenario;
  seed: number;
  setup: ClientSetup;
  /** The emulator's open channel, for drivers that do not pick their own. */
  channelArn: string;
}

/** How a client is invoked: in process, or as a command. */
export interface ClientDriver {
  /** What the client will be asked to send (for the request checks), and how to invoke it. */
  prepare(call: ScenarioCall): { expected: ScenarioRequestExpectation; invoke: () => Promise<SurfacedAnswer> };
}

export interface ScenarioRunOptions {
  /** One scripted emulator per concurrent call: each runs one call at a time, so its recorded requests are that call's. */
  emulators: readonly ScriptedEmulator[];
  driver: ClientDriver;
  scenarios: readonly ClientScenario[];
  runs: number;
  seed: number;
  timeoutMs: number;
}

/** What happened in one call: how the client surfaced the answer, what it sent, the answer's verdicts. */
export interface ScenarioRun {
  scenario: ClientScenario;
  seed: number;
  surfaced: SurfacedAnswer;
  requests: RecordedClientRequest[];
  verdicts: Verdict[];
  durationMs: number;
}

/** Every call to make, in report order: each scenario `runs` times, each run with its own seed. */
function scheduledCalls(options: ScenarioRunOptions): { scenario: ClientScenario; seed: number }[] {
  return options.scenarios.flatMap((scenario, position) =>
    Array.from({ length: options.runs }, (_, run) => ({
      scenario,
      seed: options.seed + position * options.runs + run,
    })),
  );
}

/** One call of the client on `emulator`, scripted for the scenario, judged on what it surfaced and sent. */
async function callOnce(
  emulator: ScriptedEmulator,
  { scenario, seed }: { scenario: ClientScenario; seed: number },
  options: ScenarioRunOptions,
): Promise<ScenarioRun> {
  const { scripted } = emulator;
  const setup: ClientSetup = { endpoint: emulator.url, region: emulator.region, credentials: emulator.credentials };
  const channelArn = emulator.targetFixtures.ownChannelArn ?? "";
  const { expected, invoke } = options.driver.prepare({ scenario, seed, setup, channelArn });
  scripted.setScenario(scenario.id, expected);
  scripted.clearRequests();
  const started = performance.now();
  const surfaced = await settleWithin(invoke, options.timeoutMs);
  const durationMs = performance.now() - started;
  const requests = scripted.requests();
  const ids = requests[0] === undefined ? [] : requestIds(requests[0].request.body);
  const verdicts = judgeAnswer(scenario.expect, surfaced, { ids, attempts: requests.length });
  return { scenario, seed, surfaced, requests, verdicts, durationMs };
}

/**
 * Runs every scenario `runs` times, as many calls at once as there are emulators (each emulator one call at a
 * time); the results are in scenario order whatever order the calls finish in.
 */
export async function runClientScenarios(options: ScenarioRunOptions): Promise<ScenarioRun[]> {
  const calls = scheduledCalls(options);
  const results: ScenarioRun[] = new Array(calls.length);
  let next = 0;
  const worker = async (emulator: ScriptedEmulator) => {
    for (let index = next++; index < calls.length; index = next++) {
      results[index] = await callOnce(emulator, calls[index] as (typeof calls)[number], options);
    }
    emulator.scripted.setScenario(undefined);
  };
  await Promise.all(options.emulators.map(worker));
  return results;
}
